package org.cleartrade.fleet.db;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the fleet's PostgreSQL database is and how to sign in to it.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?options]}
 * @param user empty: the URL or the driver's default names it
 * @param password empty: none, or given in the URL; never logged
 */
public record DatabaseAddress(String jdbcUrl, Optional<String> user, Optional<String> password) {

    public DatabaseAddress {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--database: a PostgreSQL JDBC URL starts with jdbc:postgresql://, was "
                    + jdbcUrl.replaceAll("password=[^&]*", "password=..."));
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static DatabaseAddress of(LocalPostgres server, String database) {
        return new DatabaseAddress(
                server.jdbcUrl(database), Optional.of(server.user()), Optional.of(server.password()));
    }

    @Override
    public String toString() {
        return "DatabaseAddress[" + jdbcUrl.replaceAll("password=[^&]*", "password=...") + ", user "
                + user.orElse("(default)") + "]";
    }
}

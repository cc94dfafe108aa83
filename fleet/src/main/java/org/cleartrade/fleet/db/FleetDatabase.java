package org.cleartrade.fleet.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The fleet's PostgreSQL database: a HikariCP pool, the schema brought up to date by Flyway
 * ({@code db/fleet/V*.sql}) and a Jdbi handle over the pool.
 *
 * <p>Every instance of the service migrates at start; Flyway's lock on its history table lets
 * only one of several instances starting together apply a migration.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class FleetDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private FleetDatabase(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // Instants travel as timestamptz in UTC, whatever the JVM's or the server's time zone.
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
    }

    /**
     * Connects, migrates and returns the database.
     *
     * @param poolSize the most connections this instance holds open
     */
    public static FleetDatabase open(DatabaseAddress address, int poolSize) {
        Objects.requireNonNull(address, "address");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        address.user().ifPresent(config::setUsername);
        address.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        if (poolSize < 2) {
            throw new IllegalArgumentException(
                    "--pool-size: at least 2 (Flyway holds two connections while it migrates)");
        }
        config.setPoolName("fleet");
        // A database that is down is reported (503) well within a kiosk's read timeout.
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        // A restarted database server is found again by the next borrow, not after minutes.
        config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        config.addDataSourceProperty("ApplicationName", "cleartrade-fleet");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/fleet")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new FleetDatabase(pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Connections in use and idle, for the load harness's report. */
    public String poolState() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null
                ? "closed"
                : bean.getActiveConnections() + " active, " + bean.getIdleConnections() + " idle";
    }

    @Override
    public void close() {
        pool.close();
    }
}

package org.cleartrade.fleet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cleartrade.fleet.db.DatabaseAddress;
import org.cleartrade.fleet.db.LocalPostgres;

/**
 * One real PostgreSQL server per test JVM (Debian's binaries, a cluster in a temporary folder),
 * and a fresh, empty database for each test that asks. Never a mock, never H2: the fleet's
 * guarantees (row locks, unique keys under concurrency, jsonb) are PostgreSQL's.
 */
public final class TestPostgres {

    private static LocalPostgres server;
    private static Path folder;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {}

    /** The shared server, started on first use and stopped when the JVM exits. */
    public static synchronized LocalPostgres server() {
        if (server == null) {
            try {
                // Traversable by others: run as root, the server runs as the postgres user.
                folder = Files.createTempDirectory(
                        "cleartrade-fleet-test",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = LocalPostgres.start(folder.resolve("postgres"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
        }
        return server;
    }

    /** A new empty database on the shared server. */
    public static DatabaseAddress freshDatabase() {
        LocalPostgres pg = server();
        String name = "fleet_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return DatabaseAddress.of(pg, name);
    }

    private static synchronized void stop() {
        try {
            server.close();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is harmless.
            }
        }
    }
}

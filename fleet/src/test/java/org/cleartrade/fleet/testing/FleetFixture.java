package org.cleartrade.fleet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.fleet.FleetServices;
import org.cleartrade.fleet.db.DatabaseAddress;
import org.cleartrade.fleet.db.FleetDatabase;
import org.cleartrade.fleet.http.FleetServer;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.staff.StaffTokens;

/**
 * A fleet for a test: a fresh database on the shared PostgreSQL, one fleet key, and as many
 * instances of the service as asked, each with its own pool and HTTP port (as separate machines
 * would run them), all on that one database.
 */
public final class FleetFixture implements AutoCloseable {

    public static final long MAX_BODY = 256 * 1024;

    private final DatabaseAddress address;
    private final FleetSigningKey key;
    private final List<FleetDatabase> databases = new ArrayList<>();
    private final List<FleetServer> servers = new ArrayList<>();
    private final List<FleetServices> services = new ArrayList<>();
    private final Path folder;

    public FleetFixture(int instances, Clock clock) {
        try {
            folder = Files.createTempDirectory("fleet-fixture");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.address = TestPostgres.freshDatabase();
        this.key = FleetSigningKey.open(folder.resolve("fleet-key.pem"), true);
        for (int i = 0; i < instances; i++) {
            FleetDatabase database = FleetDatabase.open(address, 8);
            databases.add(database);
            FleetServices instance =
                    FleetServices.of(database, key, clock, Duration.ofMinutes(5), "instance-" + (i + 1));
            services.add(instance);
            servers.add(FleetServer.start(instance, "127.0.0.1", 0, MAX_BODY));
        }
    }

    public FleetFixture() {
        this(1, Clock.systemUTC());
    }

    /** {@code http://127.0.0.1:PORT/} of instance {@code i} (0-based). */
    public String url(int i) {
        return "http://127.0.0.1:" + servers.get(i).port() + "/";
    }

    public String url() {
        return url(0);
    }

    public FleetServer server(int i) {
        return servers.get(i);
    }

    public FleetServices services(int i) {
        return services.get(i);
    }

    public FleetServices services() {
        return services(0);
    }

    public FleetSigningKey fleetKey() {
        return key;
    }

    public DatabaseAddress database() {
        return address;
    }

    public FleetDatabase db() {
        return databases.get(0);
    }

    /** A staff bearer token with this role. */
    public String token(String name, StaffTokens.Role role) {
        return services().staffTokens().issue(name, role, "test");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        servers.forEach(FleetServer::close);
        databases.forEach(FleetDatabase::close);
    }
}

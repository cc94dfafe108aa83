package org.cleartrade.fleet;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.fleet.db.DatabaseAddress;
import org.cleartrade.fleet.db.FleetDatabase;
import org.cleartrade.fleet.db.LocalPostgres;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.http.FleetServer;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.staff.StaffTokens;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookParser;

/**
 * The fleet service's one entry point ({@code ./fleet}).
 *
 * <pre>
 * fleet [serve] [--port 8080] [--host 127.0.0.1] [--database jdbc:postgresql://...] [--fleet-key FILE]
 * fleet enrolment-code --kiosk ID [--location TEXT] [--valid-for P1D]
 * fleet token --name NAME --role cashier|operator|admin
 * fleet staff-account --name NAME --role cashier|operator|admin   a web sign-in; password asked twice
 * fleet publish-price-book BOOK.tsv        seals the book with the fleet key and publishes it
 * fleet import-block-list FILE.csv [--by NAME]
 * fleet revoke-key KEY_ID --reason TEXT
 * fleet fleet-key                          prints the fleet's public key
 * </pre>
 *
 * Without {@code --database} the fleet keeps everything in a private PostgreSQL server in its data
 * folder ({@code --data-dir}, default {@code $XDG_DATA_HOME/cleartrade-fleet}; {@code
 * /var/lib/cleartrade-fleet} for root), started on first use and shared by every instance and
 * command on that folder; the fleet key is made there too. With {@code --database} the password
 * comes from the environment variable {@code FLEET_DATABASE_PASSWORD}, never the command line,
 * and {@code --fleet-key} names a key file every instance shares.
 *
 * <p>Exit status: 0 done, 1 refused, 64 usage, 70 could not start.
 */
public final class FleetMain {

    private static final System.Logger LOG = System.getLogger(FleetMain.class.getName());
    static final String DATABASE = "cleartrade_fleet";
    static final int EMBEDDED_PORT = 55432;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    FleetMain(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new FleetMain(System.getenv(), System.out, System.err).run(args));
    }

    int run(String[] args) {
        FleetOptions options;
        try {
            options = FleetOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("fleet: " + e.getMessage());
            return 64;
        }
        if (options.command().equals("help") || options.command().equals("--help")) {
            out.println(usage());
            return 0;
        }
        try (Backing backing = Backing.open(options, env)) {
            FleetServices services = FleetServices.of(
                    backing.database(), backing.key(), Clock.systemUTC(), skew(options), instance(options));
            return switch (options.command()) {
                case "serve" -> serve(options, backing, services);
                case "enrolment-code" -> enrolmentCode(options, services);
                case "token" -> token(options, services);
                case "staff-account" -> staffAccount(options, services);
                case "publish-price-book" -> publish(options, services, backing.key());
                case "import-block-list" -> importBlockList(options, services);
                case "revoke-key" -> revoke(options, services);
                case "fleet-key" -> {
                    out.print(backing.key().publicKeyPem());
                    yield 0;
                }
                default -> {
                    err.println("fleet: unknown command " + options.command() + "\n" + usage());
                    yield 64;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("fleet: " + e.getMessage());
            return 64;
        } catch (ApiException e) {
            err.println("fleet: refused: " + e.code() + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("fleet: cannot start: " + e.getMessage());
            LOG.log(Level.DEBUG, "start failed", e);
            return 70;
        }
    }

    private int serve(FleetOptions options, Backing backing, FleetServices services) {
        String host = options.text("--host").orElse("127.0.0.1");
        int port = options.integer("--port", 8080, 0, 65535);
        long maxBody = options.integer("--max-body-bytes", 1024 * 1024, 1024, 64 * 1024 * 1024);
        ScheduledExecutorService chores = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-chores");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch stopped = new CountDownLatch(1);
        try (FleetServer server = FleetServer.start(services, host, port, maxBody)) {
            chores.scheduleWithFixedDelay(() -> forgetNonces(services), 1, 1, TimeUnit.MINUTES);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                server.close();
                backing.close();
            }));
            out.println("fleet: instance " + services.instance() + " serving http://" + host + ":" + server.port()
                    + "/v1/ on " + backing.describe());
            out.println("fleet: fleet public key (backoffice.fleet-public-key): "
                    + services.fleetKey().publicKey().toBase64());
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            chores.shutdownNow();
        }
    }

    private static void forgetNonces(FleetServices services) {
        try {
            services.kioskAuthenticator().forgetOldNonces();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not forget old request nonces: {0}", e.getMessage());
        }
    }

    private int enrolmentCode(FleetOptions options, FleetServices services) {
        var code = services.kiosks()
                .issueCode(
                        options.required("--kiosk"),
                        options.text("--location").orElse(null),
                        by(options),
                        options.duration("--valid-for", Duration.ofDays(1)));
        out.println("enrolment code for kiosk " + code.kioskId() + ": " + code.code());
        out.println("valid until " + code.expiresAt() + ", once; on the kiosk: kiosk enrol --code " + code.code());
        return 0;
    }

    private int token(FleetOptions options, FleetServices services) {
        StaffTokens.Role role;
        try {
            role = StaffTokens.Role.valueOf(options.required("--role").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role: cashier, operator or admin");
        }
        String token = services.staffTokens().issue(options.required("--name"), role, by(options));
        out.println(token);
        err.println("fleet: token for " + options.required("--name") + " (" + role + "); shown once, keep it safe");
        return 0;
    }

    /**
     * A staff account for the web pages; the password is read twice from the terminal (never from
     * the command line, where other users and the shell history would see it), or once from
     * standard input when there is no terminal.
     */
    private int staffAccount(FleetOptions options, FleetServices services) {
        StaffTokens.Role role = role(options);
        String name = options.required("--name");
        char[] password;
        java.io.Console console = System.console();
        if (console != null) {
            password = console.readPassword("password for %s: ", name);
            char[] again = console.readPassword("again: ");
            if (password == null || again == null || !java.util.Arrays.equals(password, again)) {
                err.println("fleet: the two passwords differ; nothing was changed");
                return 1;
            }
        } else {
            try {
                String line = new java.io.BufferedReader(
                                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                        .readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password from standard input", e);
            }
        }
        services.staffAccounts().put(name, role, password, by(options));
        out.println("staff account " + name + " (" + role + ") ready: sign in at /staff/cashier or /staff/dashboard");
        return 0;
    }

    private static StaffTokens.Role role(FleetOptions options) {
        try {
            return StaffTokens.Role.valueOf(options.required("--role").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role: cashier, operator or admin");
        }
    }

    private int publish(FleetOptions options, FleetServices services, FleetSigningKey key) {
        if (options.arguments().size() != 1) {
            throw new IllegalArgumentException("usage: fleet publish-price-book BOOK.tsv");
        }
        Path file = Path.of(options.arguments().get(0));
        try {
            byte[] book = Files.readAllBytes(file);
            PriceBookParser.parse(file.toString(), new String(book, java.nio.charset.StandardCharsets.UTF_8));
            var shelved = services.priceBooks().publish(SignedPriceBook.seal(book, key.privateKey()), by(options));
            out.println("published price book " + shelved.version() + " issued " + shelved.issuedAt());
            return 0;
        } catch (PriceBookException e) {
            err.println("fleet: price book refused: " + String.join("; ", e.problems()));
            return 1;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private int importBlockList(FleetOptions options, FleetServices services) {
        if (options.arguments().size() != 1) {
            throw new IllegalArgumentException("usage: fleet import-block-list FILE.csv [--by NAME]");
        }
        Path file = Path.of(options.arguments().get(0));
        try {
            var imported = services.blockList().importCsv(Files.readAllBytes(file), by(options));
            out.println("import " + imported.importId() + " by " + imported.by() + ": " + imported.blocked()
                    + " blocked, " + imported.cleared() + " cleared");
            return 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private int revoke(FleetOptions options, FleetServices services) {
        if (options.arguments().size() != 1) {
            throw new IllegalArgumentException("usage: fleet revoke-key KEY_ID --reason TEXT");
        }
        var key = services.kiosks().revoke(options.arguments().get(0), by(options), options.required("--reason"));
        out.println("revoked key " + key.keyId() + " of kiosk " + key.kioskId());
        return 0;
    }

    private String by(FleetOptions options) {
        return options.text("--by").orElse("cli:" + System.getProperty("user.name"));
    }

    private static Duration skew(FleetOptions options) {
        Duration skew = options.duration("--max-clock-skew", Duration.ofMinutes(5));
        if (skew.isNegative() || skew.compareTo(Duration.ofSeconds(5)) < 0 || skew.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--max-clock-skew: PT5S to PT1H, was " + skew);
        }
        return skew;
    }

    private static String instance(FleetOptions options) {
        return options.text("--instance").orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName() + ":" + options.integer("--port", 8080, 0, 65535);
            } catch (IOException e) {
                return "fleet:" + options.integer("--port", 8080, 0, 65535);
            }
        });
    }

    private static String usage() {
        return String.join(
                "\n",
                "usage: fleet [serve] [--port 8080] [--host 127.0.0.1] [--database jdbc:postgresql://HOST/DB"
                        + " --database-user USER --fleet-key FILE] [--data-dir DIR] [--instance NAME]",
                "       fleet enrolment-code --kiosk ID [--location TEXT] [--valid-for P1D]",
                "       fleet token --name NAME --role cashier|operator|admin",
                "       fleet staff-account --name NAME --role cashier|operator|admin   (password asked twice)",
                "       fleet publish-price-book BOOK.tsv",
                "       fleet import-block-list FILE.csv [--by NAME]",
                "       fleet revoke-key KEY_ID --reason TEXT",
                "       fleet fleet-key",
                "The database password comes from FLEET_DATABASE_PASSWORD. Without --database a private",
                "PostgreSQL server runs in the data folder (Debian's postgresql package must be installed).");
    }

    /** The database and key a command works on, and what to stop when it is done. */
    private record Backing(FleetDatabase database, FleetSigningKey key, Optional<LocalPostgres> local, String describe)
            implements AutoCloseable {

        static Backing open(FleetOptions options, Map<String, String> env) {
            int pool = options.integer("--pool-size", 10, 2, 200);
            Optional<String> url = options.text("--database");
            if (url.isPresent()) {
                DatabaseAddress address = new DatabaseAddress(
                        url.get(),
                        options.text("--database-user"),
                        Optional.ofNullable(env.get("FLEET_DATABASE_PASSWORD")));
                FleetSigningKey key = FleetSigningKey.open(
                        options.path("--fleet-key")
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "--fleet-key: required with --database (every instance reads the same key)")),
                        false);
                return new Backing(FleetDatabase.open(address, pool), key, Optional.empty(), address.toString());
            }
            Path data = options.path("--data-dir").orElseGet(() -> defaultDataDir(env));
            LocalPostgres server = LocalPostgres.start(
                    data.resolve("postgres"), options.integer("--embedded-port", EMBEDDED_PORT, 1024, 65535));
            try {
                createDatabase(server);
                FleetSigningKey key =
                        FleetSigningKey.open(options.path("--fleet-key").orElse(data.resolve("fleet-key.pem")), true);
                DatabaseAddress address = DatabaseAddress.of(server, DATABASE);
                return new Backing(
                        FleetDatabase.open(address, pool),
                        key,
                        Optional.of(server),
                        "the private PostgreSQL in " + data.resolve("postgres") + " (port " + server.port() + ")");
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        @Override
        public void close() {
            database.close();
            local.ifPresent(LocalPostgres::close);
        }
    }

    static void createDatabase(LocalPostgres server) {
        try (Connection connection =
                DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password())) {
            boolean exists;
            try (var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another instance
                throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage(), e);
            }
        }
    }

    static Path defaultDataDir(Map<String, String> env) {
        if ("root".equals(System.getProperty("user.name"))) {
            return Path.of("/var/lib/cleartrade-fleet");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "share")
                : Path.of(xdg);
        return base.resolve("cleartrade-fleet");
    }
}

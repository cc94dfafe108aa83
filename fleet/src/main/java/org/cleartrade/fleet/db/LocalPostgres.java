package org.cleartrade.fleet.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server in a folder of its own, started from the PostgreSQL binaries that
 * Debian installs ({@code /usr/lib/postgresql/<version>/bin}, package {@code postgresql}): the
 * demo's default database and the one the tests run against. It is a real PostgreSQL, not an
 * imitation; only where it lives is private.
 *
 * <p>Layout of {@code folder} (mode {@code rwx------}):
 *
 * <pre>
 *   pgdata/      the cluster, made by initdb on first start
 *   password     the password of the database user {@value #USER} (scram-sha-256), rw-------
 *   server.log   what the server says
 * </pre>
 *
 * <p>The server listens on 127.0.0.1 only, on the port given, with no Unix socket. PostgreSQL refuses to run as root: started by root, the server runs as the
 * {@code postgres} system user (made by Debian's package) and the folder belongs to that user.
 *
 * <p>Lifecycle: {@link #start} (initdb if needed, start, wait until it answers; or share the server
 * another process started on the same folder), {@link #restart}, {@link #close} (fast shutdown of a
 * server this object started).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "cleartrade";
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private final Path folder;
    private final Path binaries;
    private final int port;
    private final String password;
    private final boolean owned;

    private LocalPostgres(Path folder, Path binaries, int port, String password, boolean owned) {
        this.folder = folder;
        this.binaries = binaries;
        this.port = port;
        this.password = password;
        this.owned = owned;
    }

    /**
     * Starts the server in {@code folder}, making the cluster first when the folder has none.
     *
     * @param port the port to listen on; 0 takes a free one
     * @throws IllegalStateException naming what is missing or what the server said
     */
    public static LocalPostgres start(Path folder, int port) {
        Path binaries = binaries()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under "
                        + DEBIAN_ROOT + "; install Debian's package: apt-get install postgresql"
                        + " (scripts/install-deps.sh does), or give --database jdbc:postgresql://..."));
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Path passwordFile = folder.resolve("password");
            if (!Files.exists(folder.resolve("pgdata").resolve("PG_VERSION"))) {
                deleteTree(folder.resolve("pgdata"));
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                Files.writeString(passwordFile, HexFormat.of().formatHex(secret) + "\n");
                Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
                handToServerUser(folder);
                run(
                        binaries,
                        folder,
                        List.of(
                                "initdb",
                                "-D",
                                folder.resolve("pgdata").toString(),
                                "-U",
                                USER,
                                "--pwfile",
                                passwordFile.toString(),
                                "-A",
                                "scram-sha-256",
                                "-E",
                                "UTF8",
                                "--locale=C",
                                "--no-sync"));
            }
            String secret = Files.readString(passwordFile).strip();
            Optional<Integer> running = runningPort(binaries, folder);
            if (running.isPresent()) {
                // Another process (a second fleet instance, an admin command) started it: share it.
                return new LocalPostgres(folder, binaries, running.get(), secret, false);
            }
            LocalPostgres server = new LocalPostgres(folder, binaries, port == 0 ? freePort() : port, secret, true);
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + folder, e);
        }
    }

    /** True when this machine has PostgreSQL server binaries where Debian puts them. */
    public static boolean available() {
        return binaries().isPresent();
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/DATABASE}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown: open transactions are rolled back) and starts it again. */
    public void restart() {
        stopServer();
        startServer();
    }

    /**
     * Fast shutdown when this object started the server; a server it found running is left to
     * whoever started it. The cluster stays in the folder for the next start.
     */
    @Override
    public void close() {
        if (owned) {
            stopServer();
        }
    }

    /** Stops the server whoever started it (fast shutdown). */
    public void stop() {
        stopServer();
    }

    /** Starts a server {@link #stop} stopped, on the same port. */
    public void startAgain() {
        startServer();
    }

    private void startServer() {
        run(
                binaries,
                folder,
                List.of(
                        "pg_ctl",
                        "start",
                        "-w",
                        "-t",
                        "60",
                        "-D",
                        folder.resolve("pgdata").toString(),
                        "-l",
                        folder.resolve("server.log").toString(),
                        "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on"
                                + " -c max_connections=200"));
    }

    private void stopServer() {
        run(
                binaries,
                folder,
                List.of(
                        "pg_ctl",
                        "stop",
                        "-w",
                        "-t",
                        "60",
                        "-m",
                        "fast",
                        "-D",
                        folder.resolve("pgdata").toString()));
    }

    /** The port of a server already running on this cluster, if one answers. */
    private static Optional<Integer> runningPort(Path binaries, Path folder) throws IOException {
        Path pid = folder.resolve("pgdata").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        try {
            run(
                    binaries,
                    folder,
                    List.of("pg_ctl", "status", "-D", folder.resolve("pgdata").toString()));
        } catch (IllegalStateException e) {
            return Optional.empty(); // a stale pid file: pg_ctl start clears it
        }
        List<String> lines = Files.readAllLines(pid);
        return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    private static void run(Path binaries, Path folder, List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(binaries.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Path output = Files.createTempFile("cleartrade-pg", ".out");
            try {
                Process process = new ProcessBuilder(full)
                        .directory(folder.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    String said =
                            Files.readString(output, StandardCharsets.UTF_8).strip();
                    String log = tail(folder.resolve("server.log"));
                    throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed (exit "
                            + process.exitValue() + "): " + said + (log.isEmpty() ? "" : "\nserver.log: " + log));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void handToServerUser(Path folder) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipal postgres =
                folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setOwner(path, postgres);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> binaries() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparing(LocalPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}

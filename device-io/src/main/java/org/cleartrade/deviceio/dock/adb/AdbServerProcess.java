package org.cleartrade.deviceio.dock.adb;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cleartrade.ports.DeviceException;

/**
 * Makes sure an adb server listens on the configured port, starting one with
 * {@code adb -P PORT start-server} when none answers (the Debian package {@code adb} provides the
 * binary). {@link #kill()} stops a server this class or anyone else started on that port.
 */
public final class AdbServerProcess {

    private static final System.Logger LOG = System.getLogger(AdbServerProcess.class.getName());

    private final Path adb;
    private final int port;
    private final Map<String, String> environment;

    /**
     * @param environment extra environment for the server (for example a private {@code HOME} so
     *     tests use their own adb keys)
     */
    public AdbServerProcess(Path adb, int port, Map<String, String> environment) {
        this.adb = adb;
        this.port = port;
        this.environment = Map.copyOf(environment);
    }

    /** The adb binary on the PATH, or a {@link DeviceException} naming the Debian package. */
    public static Path findAdb() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "adb");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new DeviceException("the adb binary is not installed: install the Debian package 'adb'");
    }

    /** Starts the server unless one already answers on the port. */
    public void ensureRunning(AdbHostClient client) {
        try {
            client.version();
            return;
        } catch (IOException notRunning) {
            LOG.log(Level.INFO, "no adb server on port " + port + ", starting one");
        }
        run("start-server", Duration.ofSeconds(20));
        try {
            client.version();
        } catch (IOException e) {
            throw new DeviceException("adb server on port " + port + " did not answer after start-server", e);
        }
    }

    /** Runs {@code adb -P PORT ARGS...} and returns its output. */
    public String run(String args, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(adb.toString(), "-P", Integer.toString(port)));
        command.addAll(List.of(args.split(" ")));
        try {
            // A file, not a pipe: the forked server could otherwise hold the pipe open for ever.
            Path log = Files.createTempFile("adb-", ".out");
            ProcessBuilder pb =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new DeviceException("adb " + args + " did not finish within " + timeout.toSeconds() + " s");
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new DeviceException("adb " + args + " failed (exit " + p.exitValue() + "): " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new DeviceException("could not run " + adb + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException("interrupted while running adb " + args, e);
        }
    }

    /** Stops the server on the port; quiet when none runs. */
    public void kill() {
        try {
            run("kill-server", Duration.ofSeconds(10));
        } catch (DeviceException e) {
            LOG.log(Level.DEBUG, "adb kill-server: " + e.getMessage());
        }
    }
}

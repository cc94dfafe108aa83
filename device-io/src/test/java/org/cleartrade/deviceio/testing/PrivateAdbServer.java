package org.cleartrade.deviceio.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;
import org.cleartrade.deviceio.dock.adb.AdbHostClient;
import org.cleartrade.deviceio.dock.adb.AdbServerProcess;
import org.cleartrade.deviceio.dock.adbd.AndroidRsaPublicKey;
import org.cleartrade.ports.DeviceException;

/**
 * A real adb server of the Debian package on a private port with a private HOME (so its own
 * adbkey), for tests; {@link #close()} kills it.
 */
public final class PrivateAdbServer implements AutoCloseable {

    public final Path home;
    public final AdbHostClient client;
    public final AdbServerProcess process;

    public PrivateAdbServer() throws IOException {
        Path adb;
        try {
            adb = AdbServerProcess.findAdb();
        } catch (DeviceException e) {
            throw new AssertionError(
                    "These tests need the real adb server: install the Debian package 'adb' (scripts/install-deps.sh)",
                    e);
        }
        home = Files.createTempDirectory("adb-home");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        client = new AdbHostClient("127.0.0.1", port, Duration.ofSeconds(10));
        process = new AdbServerProcess(adb, port, Map.of("HOME", home.toString(), "ADB_MDNS", "0"));
        process.ensureRunning(client);
    }

    /** The key this server signs AUTH tokens with, as a phone that already trusts it would hold. */
    public RSAPublicKey hostKey() throws IOException, GeneralSecurityException {
        Path pub = home.resolve(".android/adbkey.pub");
        if (!Files.exists(pub)) {
            fail("adb server did not create " + pub);
        }
        return AndroidRsaPublicKey.decode(Files.readString(pub));
    }

    @Override
    public void close() {
        process.kill();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.getLogger(PrivateAdbServer.class.getName())
                    .log(System.Logger.Level.WARNING, "could not remove " + home + ": " + e.getMessage());
        }
    }
}

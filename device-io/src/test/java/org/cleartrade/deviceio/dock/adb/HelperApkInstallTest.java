package org.cleartrade.deviceio.dock.adb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cleartrade.deviceio.dock.adbd.ScenarioAdbDaemon;
import org.cleartrade.deviceio.dock.android.DeviceOwnerEraser;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.testing.PrivateAdbServer;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.junit.jupiter.api.Test;

/**
 * Builds the device-owner helper from source with android-helper/build.sh (javac + D8 + aapt2 +
 * zipalign + apksigner, which verifies the signature) and streams the real APK into a phone
 * through the real adb server before the erase.
 */
class HelperApkInstallTest {

    @Test
    void theHelperBuildsFromSourceAndIsInstalledBeforeTheErase() throws Exception {
        Path out = Path.of("target", "android-helper").toAbsolutePath();
        String log = build(out);
        HelperApk apk = HelperApk.fromFile(out.resolve("cleartrade-wipe.apk"));
        assertThat(log).contains("built");
        assertThat(apk.version()).isEqualTo("1.1.0");

        PhoneScenarioLibrary library = new PhoneScenarioLibrary();
        ScenarioPhone phone = new ScenarioPhone(
                library.scenario("pixel-8-clean"), Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
        try (PrivateAdbServer server = new PrivateAdbServer();
                ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(phone, 0, List.of(server.hostKey()))) {
            String target = "127.0.0.1:" + daemon.port();
            server.client.connect(target);
            AdbPhoneDock dock = new AdbPhoneDock(
                    server.client,
                    server.process,
                    Optional.of(target),
                    Optional.of(apk),
                    Clock.systemUTC(),
                    Pacer.sleeping());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (dock.status().state() != State.AUTHORIZED && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            AdbShell shell = new AdbShell(server.client, target, true);
            assertThat(shell.run(DeviceOwnerEraser.PM_PATH).exitCode()).hasValue(1);

            EraseAcknowledgement ack = dock.erase();

            assertThat(ack.toolVersion()).isEqualTo("1.1.0");
            server.client.disconnect(target);
        }
    }

    private static String build(Path out) throws IOException, InterruptedException {
        Path script = Path.of("android-helper", "build.sh").toAbsolutePath();
        Path log = Files.createTempFile("helper-build", ".log");
        Process p = new ProcessBuilder("bash", script.toString(), out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("android-helper/build.sh did not finish within 5 minutes");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0) {
            throw new AssertionError("android-helper/build.sh failed (exit " + p.exitValue()
                    + "; exit 3 names a missing Debian package):\n" + text);
        }
        return text;
    }
}

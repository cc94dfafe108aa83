package org.cleartrade.deviceio.dock.adb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.cleartrade.deviceio.dock.adbd.ScenarioAdbDaemon;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.testing.PrivateAdbServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The technician's trial tool, through the real adb server, against a fake phone. */
class DockTrialTest {

    @TempDir
    Path dir;

    private final PhoneScenarioLibrary library = new PhoneScenarioLibrary();

    @Test
    void aTrialWithoutEraseReadsTheHiddenImeisAndLeavesNothingOnThePhone() throws Exception {
        ScenarioPhone phone = phone("galaxy-a35-imei-hidden");
        try (PrivateAdbServer adb = new PrivateAdbServer();
                ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(phone, 0, List.of())) {
            String target = "127.0.0.1:" + daemon.port();
            adb.client.connect(target);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int status =
                    DockTrial.run(args(adb, target), new PrintStream(out, true, StandardCharsets.UTF_8), typed(""));

            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(status).as(text).isZero();
            assertThat(text).contains("IMEI over adb: hidden", "[352609123456784, 352609123456792]", "gone: true");
            assertThat(phone.state().installed()).isEmpty();
            assertThat(phone.state().helperOwner()).isFalse();
        }
    }

    @Test
    void anEraseNotConfirmedWithTheSerialErasesNothingAndTakesTheHelperOff() throws Exception {
        ScenarioPhone phone = phone("pixel-8-clean");
        try (PrivateAdbServer adb = new PrivateAdbServer();
                ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(phone, 0, List.of())) {
            String target = "127.0.0.1:" + daemon.port();
            adb.client.connect(target);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String[] base = args(adb, target);
            String[] erase = Arrays.copyOf(base, base.length + 1);
            erase[base.length] = "--erase";

            int status = DockTrial.run(erase, new PrintStream(out, true, StandardCharsets.UTF_8), typed("WRONG\n"));

            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(status).as(text).isEqualTo(1);
            assertThat(text).contains("not erasing", "gone: true").doesNotContain("step 5 erase");
            assertThat(phone.scenario().id()).as("not reset").isEqualTo("pixel-8-clean");
            assertThat(phone.state().installed()).isEmpty();
        }
    }

    private String[] args(PrivateAdbServer adb, String target) throws Exception {
        Path apk = dir.resolve("cleartrade-wipe.apk");
        Files.write(apk, new byte[] {'P', 'K', 3, 4, 1, 2});
        Files.writeString(dir.resolve("cleartrade-wipe.version"), "1.1.0\n");
        return new String[] {
            "--helper-apk", apk.toString(), "--serial", target, "--adb-port", Integer.toString(adb.client.port())
        };
    }

    private ScenarioPhone phone(String id) {
        return new ScenarioPhone(library.scenario(id), Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
    }

    private static BufferedReader typed(String text) {
        return new BufferedReader(new StringReader(text));
    }
}

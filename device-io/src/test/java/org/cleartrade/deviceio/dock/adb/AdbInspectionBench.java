package org.cleartrade.deviceio.dock.adb;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cleartrade.deviceio.dock.adbd.ScenarioAdbDaemon;
import org.cleartrade.deviceio.dock.android.AndroidInspector;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.testing.PrivateAdbServer;
import org.cleartrade.ports.dock.DockStatus;

/**
 * Benchmark: time from an authorized phone to a complete inspection report, through the real adb
 * server to the fake adbd playing {@code pixel-8-clean}, and the adb round trips it takes.
 *
 * <pre>
 * ./mvnw -q -pl device-io -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.cleartrade.deviceio.dock.adb.AdbInspectionBench [-Dexec.args=200]
 * </pre>
 */
public final class AdbInspectionBench {

    private AdbInspectionBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PhoneScenarioLibrary library = new PhoneScenarioLibrary();
        try (PrivateAdbServer server = new PrivateAdbServer();
                ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(
                        new ScenarioPhone(
                                library.scenario("pixel-8-clean"),
                                Clock.systemUTC(),
                                library::scenario,
                                HelperApk.PACKAGE),
                        0,
                        List.of(server.hostKey()))) {
            String target = "127.0.0.1:" + daemon.port();
            server.client.connect(target);
            AdbPhoneDock dock = new AdbPhoneDock(
                    server.client,
                    server.process,
                    Optional.of(target),
                    Optional.empty(),
                    Clock.systemUTC(),
                    Pacer.sleeping());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (dock.status().state() != DockStatus.State.AUTHORIZED) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("fake phone not authorized within 20 s");
                }
                Thread.sleep(20);
            }
            for (int i = 0; i < 20; i++) {
                dock.inspect();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                dock.inspect();
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(millis);
            AdbShell counting = new AdbShell(server.client, target, true);
            new AndroidInspector(counting).inspect();
            System.out.printf(
                    "inspection through the adb server, %d runs: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    runs, millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.99) - 1), millis.get(runs - 1));
            System.out.printf(
                    "adb round trips per inspection: %d shell commands + 2 host queries (devices-l, features)%n",
                    counting.roundTrips());
            server.client.disconnect(target);
        }
    }
}

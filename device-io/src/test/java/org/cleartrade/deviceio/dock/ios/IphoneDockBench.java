package org.cleartrade.deviceio.dock.ios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.usbmuxd.ScenarioUsbmuxDaemon;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.DockStatus;

/**
 * How long the iPhone dock's own work takes, and how many requests it sends, for each step of a
 * trade, against the fake usbmuxd on its Unix socket (real bytes, real TLS, fresh RSA keys for
 * every pairing as the kiosk makes them). The phone's own waits (the seller tapping Trust, ninety
 * seconds of erasing) pass on a virtual clock, so the times are the kiosk's and the fake's work.
 *
 * <p>Run: {@code java -cp <device-io test classpath> org.cleartrade.deviceio.dock.ios.IphoneDockBench [runs]};
 * figures in docs/BENCHMARKS.md.
 */
public final class IphoneDockBench {

    private static final IphoneScenarioLibrary LIBRARY = new IphoneScenarioLibrary();

    private IphoneDockBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        Map<String, List<Long>> trips = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            Map<String, long[]> one = trade();
            if (run == 0) {
                continue; // warm-up: class loading and the JIT
            }
            one.forEach((step, m) -> {
                nanos.computeIfAbsent(step, k -> new ArrayList<>()).add(m[0]);
                trips.computeIfAbsent(step, k -> new ArrayList<>()).add(m[1]);
            });
        }
        System.out.printf(Locale.ROOT, "iPhone dock against the fake usbmuxd, %d runs (medians)%n", runs);
        System.out.printf(Locale.ROOT, "%-34s %10s %12s%n", "step", "ms", "round trips");
        for (String step : nanos.keySet()) {
            System.out.printf(
                    Locale.ROOT, "%-34s %10.1f %12d%n", step, median(nanos.get(step)) / 1e6, median(trips.get(step)));
        }
    }

    /** One trade's dock steps: {step → {nanoseconds, requests}}. */
    private static Map<String, long[]> trade() throws Exception {
        Path dir = Files.createTempDirectory("iphone-bench");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        Map<String, long[]> steps = new LinkedHashMap<>();
        try (ScenarioUsbmuxDaemon daemon = new ScenarioUsbmuxDaemon(dir.resolve("usbmuxd"), clock, LIBRARY::scenario)) {
            IphoneDock dock = new IphoneDock(
                    new UsbmuxdClient(daemon.socket(), Duration.ofSeconds(5)),
                    new PairRecordStore(dir.resolve("iphone/pairing")),
                    new ErasedPhones(dir.resolve("iphone"), clock),
                    new PairingCertificates(PairingCertificates.freshRsaKeys(), clock),
                    clock,
                    clock::advance);
            daemon.plug(LIBRARY.scenario("iphone-13-clean"));
            Meter meter = new Meter(dock, steps);
            meter.step("recognised on USB (first reading)", dock::status);
            daemon.phone().orElseThrow().unlock();
            meter.step("Trust dialog asked for (keys, Pair)", () -> awaitStatus(dock, clock, false));
            daemon.phone().orElseThrow().tapTrust();
            meter.step("paired after Trust (Pair, serial)", () -> awaitStatus(dock, clock, true));
            meter.step("identify", dock::identify);
            meter.step("inspect", dock::inspect);
            meter.step("erase (MCInstall EraseDevice)", dock::erase);
            meter.step("verify (back Unactivated)", () -> dock.verifyErased("F9KQ2X7LMW", Duration.ofMinutes(5)));
        }
        return steps;
    }

    /** Reads the dock a second of phone time apart until it asks for Trust, or is authorized. */
    private static void awaitStatus(IphoneDock dock, MutableClock clock, boolean authorized) {
        for (int i = 0; i < 5; i++) {
            DockStatus status = dock.status();
            if (authorized
                    ? status.state() == DockStatus.State.AUTHORIZED
                    : status.prompt().filter(p -> p == DockStatus.Prompt.TRUST).isPresent()) {
                return;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("the dock never got " + (authorized ? "authorized" : "the Trust dialog"));
    }

    /** Times one step and counts the requests it sent. */
    private record Meter(IphoneDock dock, Map<String, long[]> steps) {
        void step(String name, Runnable work) {
            long trips = dock.roundTrips();
            long start = System.nanoTime();
            work.run();
            steps.put(name, new long[] {System.nanoTime() - start, dock.roundTrips() - trips});
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

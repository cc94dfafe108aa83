package org.cleartrade.ledger.killtest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.cleartrade.core.driver.HelperStepCut;
import org.cleartrade.core.driver.JourneyDriver;
import org.cleartrade.core.driver.JourneyDriverMain;
import org.cleartrade.core.driver.JourneyReport;
import org.cleartrade.core.driver.Scenario;
import org.cleartrade.core.driver.SimulatedKiosk;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.ledger.h2.H2Ledger;

/**
 * The child side of the kill test: a headless kiosk on the H2 ledger and on simulated devices
 * whose physical state is kept in files, running seller journeys of the driver's default mix
 * until it is killed. On start it does what the kiosk does after a power cut: resumes every open
 * session from the journal (played on by a seller who carries on), then staff put the devices
 * back in service.
 *
 * <p>Protocol on stdout, one flushed line each: {@code ACK <session> <seq> <phase>} after every
 * synced commit has returned ({@link AcknowledgingLedger}); {@code VIOLATION <text>} for every
 * invariant the driver finds broken after a journey (including the devices' side: a bin holding a
 * traded phone must be locked); {@code READY} once recovery is done.
 *
 * <p>Usage: {@code JourneyWorkload <folder> <run> <seed> [journeys] [early] [cut=PHASE:before|after]
 * [helper=STEP] [mix=SCENARIO]}; with {@code journeys} > 0 it exits after that many journeys and the end-of-run
 * checks, otherwise it runs until killed. {@code early} is the control experiment (see {@link
 * AcknowledgingLedger}); {@code cut} halts the process at the first commit into that phase after
 * recovery ({@link AcknowledgingLedger.Cut}); {@code helper=STEP} halts it the same way at a step of
 * the device-owner helper inside the erase effect ({@link HelperStepCut.Step}: helper-ready,
 * before-the-wipe, wipe-requested), between two commits; {@code mix} plays only that scenario.
 */
public final class JourneyWorkload {

    static final int BINS = 6;
    private static final Instant FIRST_START = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private JourneyWorkload() {}

    public static void main(String[] args) {
        quietDeviceLogs();
        Path folder = Path.of(args[0]);
        String run = args[1];
        long seed = Long.parseLong(args[2]);
        long journeys = args.length > 3 ? Long.parseLong(args[3]) : 0;
        List<String> options = Arrays.asList(args).subList(Math.min(4, args.length), args.length);
        boolean early = options.contains("early");
        Optional<AcknowledgingLedger.Cut> cut = option(options, "cut=").map(AcknowledgingLedger.Cut::parse);
        Map<Scenario, Integer> mix = option(options, "mix=")
                .map(name -> Map.of(Scenario.valueOf(name), 1))
                .orElse(JourneyDriverMain.DEFAULT_MIX);
        PrintStream out = System.out;
        try (H2Ledger h2 = H2Ledger.open(folder.resolve("db"), KillHarness.markFile(folder), Clock.systemUTC())) {
            VirtualTime time = new VirtualTime(resumeTime(h2));
            AcknowledgingLedger ledger = new AcknowledgingLedger(h2, out, early, cut);
            SimulatedKiosk devices = SimulatedKiosk.persistent(folder.resolve("devices"), BINS, time);
            Optional<HelperStepCut.Step> helperCut = option(options, "helper=").map(HelperStepCut.Step::parse);
            if (helperCut.isPresent()) {
                devices = new SimulatedKiosk(
                        devices.dock(),
                        devices.iphone(),
                        new HelperStepCut(devices.cable(), helperCut.get(), ledger::haltIfArmed),
                        devices.latch(),
                        devices.printer(),
                        devices.blockList());
            }
            JourneyDriver driver =
                    JourneyDriver.headless(JurisdictionProfiles.bundled("US-IL"), time, devices, ledger, "K" + run);
            report(out, driver.resumeOpenSessions());
            out.println("READY");
            out.flush();
            ledger.arm();
            JourneyReport report = new JourneyReport();
            for (long n = 0; journeys <= 0 || n < journeys; n += 100) {
                for (Scenario scenario : JourneyDriverMain.plan(mix, 100, seed + n)) {
                    if (journeys > 0 && report.journeys() >= journeys) {
                        break;
                    }
                    report(out, driver.play(scenario, report));
                }
            }
            report(out, driver.checkEnd());
        }
    }

    private static Optional<String> option(List<String> options, String prefix) {
        return options.stream()
                .filter(o -> o.startsWith(prefix))
                .map(o -> o.substring(prefix.length()))
                .findFirst();
    }

    private static void report(PrintStream out, List<String> violations) {
        synchronized (out) {
            violations.forEach(v -> out.println("VIOLATION " + v.replace('\n', ' ')));
            out.flush();
        }
    }

    /**
     * A restarted kiosk's clock reads later than anything the ledger recorded. Virtual time runs
     * far ahead of the wall clock, so it starts a minute after the latest audit record or open
     * session entry.
     */
    private static Instant resumeTime(H2Ledger ledger) {
        Optional<Instant> latest = Stream.concat(
                        ledger.audit(Instant.EPOCH, END_OF_TIME).stream().map(LedgerHistory.AuditRecord::at),
                        ledger.openSessions().stream().map(JournalEntry::at))
                .max(Instant::compareTo);
        return latest.map(t -> t.plus(Duration.ofMinutes(1))).orElse(FIRST_START);
    }

    /** Device drivers log every step at INFO; the harness keeps their warnings only. */
    private static void quietDeviceLogs() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }
}

package org.cleartrade.core.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.session.Certifier;
import org.cleartrade.core.session.ReceiptComposer;
import org.cleartrade.core.session.SessionMachine;
import org.cleartrade.core.session.SessionPorts;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSettings;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.VoucherSigner;
import org.cleartrade.deviceio.printer.PrinterStatus;
import org.cleartrade.pricing.quote.Quoter;

/**
 * Runs complete seller journeys headless: for each {@link Scenario} of a plan, a fresh session
 * against the simulated devices, a scripted seller, virtual time, and the ledger it was given
 * (in memory for tests, H2 when the composition root runs it). After each journey it checks the
 * {@link Invariants} and lets staff tidy up; it measures the software's own time per phase.
 *
 * <p>Threading: one journey at a time on the calling thread; device effects run inline.
 */
public final class JourneyDriver {

    /** A journey that needs more steps than this is stuck. */
    private static final int MAX_STEPS = 200_000;

    private final JurisdictionProfile profile;
    private final SessionSettings settings;
    private final VirtualTime time;
    private final SimulatedKiosk kiosk;
    private final SessionPorts ports;
    private final Invariants invariants;
    private final StaffRound staff;
    private final String runId;

    public JourneyDriver(
            JurisdictionProfile profile,
            SessionSettings settings,
            VirtualTime time,
            SimulatedKiosk kiosk,
            Ledger ledger,
            Quoter quoter,
            Certifier certifier,
            VoucherSigner vouchers,
            ReceiptComposer receipts,
            String runId) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.time = Objects.requireNonNull(time, "time");
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.ports = new SessionPorts(
                ledger,
                kiosk.dock(),
                kiosk.latch(),
                kiosk.printer(),
                kiosk.blockList(),
                quoter,
                certifier,
                vouchers,
                receipts);
        this.invariants = new Invariants(ledger, kiosk.latch());
        this.staff = new StaffRound(kiosk, ledger, time);
        this.runId = Objects.requireNonNull(runId, "runId");
    }

    /** Plays every scenario of the plan in order and reports what happened. */
    public JourneyReport run(List<Scenario> plan) {
        JourneyReport report = new JourneyReport();
        for (int i = 0; i < plan.size(); i++) {
            playOne(String.format("%s-%06d", runId, i + 1), plan.get(i), report);
        }
        report.violations().addAll(invariants.checkEnd());
        return report;
    }

    private void playOne(String sessionId, Scenario scenario, JourneyReport report) {
        staff.scanOutIfFull(2);
        arrangeFaults(scenario);
        ScriptedSeller seller = new ScriptedSeller(scenario, kiosk, time);
        SessionMachine machine = SessionMachine.start(sessionId, profile, settings, time.clock());
        SessionRunner runner = new SessionRunner(machine, ports, Runnable::run, time, seller, time::pause);
        seller.attach(runner);
        runner.begin();
        int steps = 0;
        while (!runner.finished().isDone() && steps++ < MAX_STEPS && time.runNext()) {
            // Each step runs the next due task: a seller action, a timer, a device watch.
        }
        SessionSnapshot end = runner.snapshot();
        List<String> violations = new ArrayList<>();
        if (!runner.finished().isDone()) {
            violations.add(sessionId + " (" + scenario + ") stalled in " + end.phase());
        }
        violations.addAll(invariants.check(sessionId, end.trade().tradeId()));
        seller.refusedTaps().forEach(t -> violations.add(sessionId + " (" + scenario + ") refused a tap: " + t));
        report.add(scenario, end, runner.timings(), violations);
        staff.tidy();
        time.pause(Duration.ofMinutes(1));
    }

    /** Scripts the device faults a scenario needs before its journey starts. */
    private void arrangeFaults(Scenario scenario) {
        switch (scenario) {
            case BLOCKED_IMEI -> kiosk.blockList().answer(new BlockList.Answer.Blocked("reported stolen"));
            case PAPER_OUT -> kiosk.printer().setStatus(new PrinterStatus(true, true, false, false));
            case LATCH_JAM -> firstFreeBin().ifPresent(bin -> kiosk.latch().jamLatch(bin));
            default -> {
                // No device fault: the scenario is the seller's doing.
            }
        }
    }

    /** The lowest bin the ledger does not hold a trade in and whose sensor reads empty. */
    private Optional<Integer> firstFreeBin() {
        List<Ledger.BinContent> contents = ports.ledger().binContents();
        for (int bin = 1; bin <= kiosk.latch().binCount(); bin++) {
            int b = bin;
            boolean traded =
                    contents.stream().anyMatch(c -> c.bin() == b && c.tradeId().isPresent());
            if (!traded && !kiosk.latch().status(bin).occupied()) {
                return Optional.of(bin);
            }
        }
        return Optional.empty();
    }
}

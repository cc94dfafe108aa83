package org.cleartrade.core.driver;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.session.Certifier;
import org.cleartrade.core.session.IssuerCertifier;
import org.cleartrade.core.session.IssuerVoucherSigner;
import org.cleartrade.core.session.OnScreenReceipts;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.core.session.ReceiptComposer;
import org.cleartrade.core.session.SessionMachine;
import org.cleartrade.core.session.SessionPorts;
import org.cleartrade.core.session.SessionRecovery;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSettings;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.VoucherSigner;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.pricing.quote.BookQuoter;
import org.cleartrade.pricing.quote.Quoter;

/**
 * Runs complete seller journeys headless: for each {@link Scenario} of a plan, a fresh session
 * against the simulated devices, a scripted seller, virtual time, and the ledger it was given
 * (in memory for tests, H2 when the composition root or the kill test runs it). After each journey
 * it checks the {@link Invariants} and lets staff tidy up; it measures the software's own time per
 * phase. After a restart, {@link #resumeOpenSessions} plays the sessions the last process left
 * open to their end, as the kiosk's own recovery does.
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
    private final EraseWitness witness;
    private final String runId;
    private int journeys;
    private SessionRunner current;

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
        this.witness = new EraseWitness(
                kiosk.cable(),
                ledger,
                () -> Optional.ofNullable(current)
                        .flatMap(r -> r.snapshot().trade().tradeId()));
        this.ports = new SessionPorts(
                ledger,
                witness,
                kiosk.latch(),
                kiosk.printer(),
                kiosk.blockList(),
                quoter,
                certifier,
                vouchers,
                receipts,
                OnScreenReceipts.ARMED);
        this.runId = Objects.requireNonNull(runId, "runId");
        this.invariants = new Invariants(ledger, kiosk.latch());
        this.staff = new StaffRound(kiosk, ledger, time, runId);
    }

    /**
     * A driver with the shipped seed price book, a throw-away signing key and default settings.
     * Session ids are {@code <runId>-<n>}: give every process that shares a ledger its own run id.
     */
    public static JourneyDriver headless(
            JurisdictionProfile profile, VirtualTime time, SimulatedKiosk kiosk, Ledger ledger, String runId) {
        CertificateIssuer issuer = new CertificateIssuer(new EphemeralSigner());
        KioskSite site = new KioskSite("SIM-DRIVER", "Headless journey driver");
        PriceBook book = PriceBooks.loadSeed();
        return new JourneyDriver(
                profile,
                SessionSettings.defaults(),
                time,
                kiosk,
                ledger,
                new BookQuoter(() -> book, time.clock()),
                new IssuerCertifier(issuer, site, time.clock()),
                new IssuerVoucherSigner(issuer, site.kioskId(), time.clock(), new SecureRandom()),
                new SessionReceipts(site, ZoneOffset.UTC, VerificationLink.none()),
                runId);
    }

    /** Plays every scenario of the plan in order and reports what happened. */
    public JourneyReport run(List<Scenario> plan) {
        JourneyReport report = new JourneyReport();
        plan.forEach(scenario -> play(scenario, report));
        report.violations().addAll(checkEnd());
        return report;
    }

    /** Plays one journey into {@code report}; returns the invariant violations it caused. */
    public List<String> play(Scenario scenario, JourneyReport report) {
        staff.scanOutIfFull(2);
        Journey journey = begin(scenario);
        SessionRunner runner = journey.runner();
        List<String> violations = new ArrayList<>(untilFinished(List.of(runner)));
        staff.reconnect();
        SessionSnapshot end = runner.snapshot();
        violations.addAll(invariants.check(end.sessionId(), end.trade().tradeId()));
        violations.addAll(pairingLeftBy(end.sessionId()));
        violations.addAll(helperLeftBehind(end));
        violations.addAll(witness.drain());
        journey.seller()
                .refusedTaps()
                .forEach(t -> violations.add(end.sessionId() + " (" + scenario + ") refused a tap: " + t));
        report.add(scenario, end, runner.timings(), violations);
        violations.addAll(staff.settleOwedTrades(this::finishForSeller));
        staff.tidy();
        staff.resolveAlerts();
        time.pause(Duration.ofMinutes(1));
        return violations;
    }

    /**
     * Starts a journey and drives it for at most {@code steps} tasks, then drops it as a process
     * killed there would; the caller must not run this driver's time again. For restart tests.
     *
     * @return the session's last snapshot when it was dropped
     */
    SessionSnapshot abandonAfter(Scenario scenario, int steps) {
        SessionRunner runner = begin(scenario).runner();
        for (int i = 0; i < steps && !runner.finished().isDone() && time.runNext(); i++) {
            // One task per step, as in play().
        }
        return runner.snapshot();
    }

    /**
     * After a restart: resumes every session the journal holds open (see {@code Resumption}), with
     * a seller who carries on as a happy seller would, plays them to their end, then lets staff put
     * every device back in service. Returns the invariant violations; an open session that cannot
     * be read is one.
     */
    public List<String> resumeOpenSessions() {
        Map<String, ScriptedSeller> sellers = new HashMap<>();
        SessionRecovery.Result recovered = new SessionRecovery(
                        JurisdictionProfiles::bundled, settings, time.clock(), ports, Runnable::run, time, time::pause)
                .resumeAll(id ->
                        sellers.computeIfAbsent(id, x -> new ScriptedSeller(happySellerOnTheCable(), kiosk, time)));
        List<SessionRunner> runners = recovered.runners();
        runners.forEach(r -> sellers.get(r.snapshot().sessionId()).attach(r));
        List<String> violations = new ArrayList<>();
        recovered.unreadable().forEach(u -> violations.add("open session cannot be resumed: " + u));
        recovered.resumed().stream()
                .filter(r -> r.resumption().isCompletedExceptionally())
                .forEach(r -> violations.add("session " + r.runner().snapshot().sessionId() + " failed to resume"));
        violations.addAll(untilFinished(runners));
        for (SessionRunner runner : runners) {
            SessionSnapshot end = runner.snapshot();
            end.trade().tradeId().ifPresent(id -> violations.addAll(invariants.checkOwed(end.sessionId(), id)));
        }
        violations.addAll(staff.settleOwedTrades(this::finishForSeller));
        // After a power cut a bolt may still be travelling: staff secure the devices before the checks.
        staff.tidy();
        for (SessionRunner runner : runners) {
            SessionSnapshot end = runner.snapshot();
            violations.addAll(invariants.check(end.sessionId(), end.trade().tradeId()));
            violations.addAll(pairingLeftBy(end.sessionId()));
            violations.addAll(helperLeftBehind(end));
        }
        staff.resolveAlerts();
        sellers.values().forEach(s -> s.refusedTaps().forEach(t -> violations.add("resumed seller refused: " + t)));
        time.pause(Duration.ofMinutes(1));
        return violations;
    }

    /** A happy seller of whichever phone is on the cable: the iPhone dock's, or else an Android one. */
    private Scenario happySellerOnTheCable() {
        return kiosk.iphone().currentScenario().isPresent() ? Scenario.IPHONE_HAPPY : Scenario.HAPPY;
    }

    /**
     * Plays a staff continuation of an interrupted trade to its end, with staff doing at the kiosk
     * what a seller would (open the bin, put the phone in, take the voucher), and checks it.
     */
    private List<String> finishForSeller(SessionSnapshot continuation) {
        ScriptedSeller hands = new ScriptedSeller(happySellerOnTheCable(), kiosk, time);
        SessionRunner runner = new SessionRunner(
                new SessionMachine(
                        JurisdictionProfiles.bundled(continuation.jurisdiction()),
                        settings,
                        time.clock(),
                        continuation),
                ports,
                Runnable::run,
                time,
                hands,
                time::pause);
        hands.attach(runner);
        runner.resume();
        List<String> violations = new ArrayList<>(untilFinished(List.of(runner)));
        SessionSnapshot end = runner.snapshot();
        violations.addAll(invariants.check(end.sessionId(), end.trade().tradeId()));
        violations.addAll(pairingLeftBy(end.sessionId()));
        hands.refusedTaps().forEach(t -> violations.add(end.sessionId() + " (staff) refused a tap: " + t));
        return violations;
    }

    /**
     * No trust in a seller's iPhone outlives its session, however the session ended (paid, refused,
     * walked away from, unplugged): the iPhone dock holds no pair record once a session is over.
     */
    private List<String> pairingLeftBy(String sessionId) {
        return pairingLeftBy(kiosk.iphone(), sessionId);
    }

    static List<String> pairingLeftBy(SimulatedIphoneDock iphone, String sessionId) {
        return iphone.pairRecords().stream()
                .map(udid -> "session " + sessionId + " ended with the pair record of iPhone " + udid + " kept")
                .toList();
    }

    /**
     * No phone leaves the kiosk with the device-owner helper installed or owner, read from the
     * simulated phone itself (not from what the dock reported), unless the session told staff with
     * a HELPER_LEFT_ON_PHONE alert. An erased phone has none: its reset removed it.
     */
    private List<String> helperLeftBehind(SessionSnapshot end) {
        Optional<ScenarioPhone.State> phone = kiosk.dock().lastPhoneState();
        boolean left = phone.map(p -> p.helperOwner() || p.installed().contains(HelperApk.PACKAGE))
                .orElse(false);
        boolean told = ports.ledger().openAlerts().stream()
                .anyMatch(a -> a.sessionId().equals(end.sessionId())
                        && a.kind().equals(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE.name()));
        return left && !told
                ? List.of(end.sessionId() + " left the device-owner helper on phone "
                        + phone.get().scenarioId() + " without telling staff")
                : List.of();
    }

    /** The checks that hold for a whole run: the audit chain verifies and no session is open. */
    public List<String> checkEnd() {
        return invariants.checkEnd();
    }

    /** A journey under way: its session and the seller playing it. */
    private record Journey(SessionRunner runner, ScriptedSeller seller) {}

    /** Starts the next session of this run with a seller for {@code scenario}, faults arranged. */
    private Journey begin(Scenario scenario) {
        String sessionId = String.format("%s-%06d", runId, ++journeys);
        arrangeFaults(scenario);
        ScriptedSeller seller = new ScriptedSeller(scenario, kiosk, time);
        SessionRunner runner = new SessionRunner(
                SessionMachine.start(sessionId, profile, settings, time.clock()),
                ports,
                Runnable::run,
                time,
                seller,
                time::pause);
        seller.attach(runner);
        current = runner;
        runner.begin();
        return new Journey(runner, seller);
    }

    /** Runs virtual time until every runner has finished; a runner that never does is a violation. */
    private List<String> untilFinished(List<SessionRunner> runners) {
        int steps = 0;
        while (runners.stream().anyMatch(r -> !r.finished().isDone()) && steps++ < MAX_STEPS && time.runNext()) {
            // Each step runs the next due task: a seller action, a timer, a device watch.
        }
        List<String> stalled = new ArrayList<>();
        for (SessionRunner r : runners) {
            if (!r.finished().isDone()) {
                stalled.add(
                        r.snapshot().sessionId() + " stalled in " + r.snapshot().phase());
            }
        }
        return stalled;
    }

    /** Scripts the device faults a scenario needs before its journey starts. */
    private void arrangeFaults(Scenario scenario) {
        switch (scenario) {
            case BLOCKED_IMEI, IMEI_HIDDEN_BLOCKED ->
                kiosk.blockList().answer(new BlockList.Answer.Blocked("reported stolen"));
            case PAPER_OUT -> kiosk.printer().setStatus(new PrinterStatus(true, true, false, false));
            case LATCH_JAM -> firstFreeBin().ifPresent(bin -> kiosk.latch().jamLatch(bin));
            case NO_BIN_FREE -> fillEveryFreeBin();
            case LATCH_UNPLUGGED -> kiosk.latch().unplug();
            default -> {
                // No device fault: the scenario is the seller's doing.
            }
        }
    }

    /** Someone left something in every bin the ledger holds free: the kiosk has nowhere to put a phone. */
    private void fillEveryFreeBin() {
        for (Optional<Integer> bin = firstFreeBin(); bin.isPresent(); bin = firstFreeBin()) {
            int b = bin.get();
            kiosk.latch().unlock(b);
            time.pause(Duration.ofSeconds(1));
            kiosk.latch().openDoor(b);
            kiosk.latch().putPhone(b);
            kiosk.latch().closeDoor(b);
            kiosk.latch().lock(b);
            time.pause(Duration.ofSeconds(1));
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

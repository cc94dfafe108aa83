package org.cleartrade.core.operator;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.deviceio.DeviceException;
import org.cleartrade.deviceio.latch.BinLatch;
import org.cleartrade.deviceio.latch.BinStatus;

/**
 * The operator's side of the kiosk: sign in with a PIN, see the bins, restock them with a chain of
 * custody, sign out.
 *
 * <pre>
 *  SIGNED_OUT --SignIn(ok)--> SIGNED_IN --OpenBin--> BIN_OPEN --CloseBin(locked)--> SIGNED_IN
 *      ^                         |  ^                   | Scan (stays)
 *      +------SignOut / idle-----+  +---FinishRestock---+ (manifest signed, stored, printed)
 * </pre>
 *
 * <p>Every event is journaled, and every decision is audited in the ledger's hash chain. Before
 * the latch moves, the decision is committed with {@link Durability#SYNCED}. A console session
 * id starts at each sign-in attempt and ends with sign-out, so a refused PIN is a session of one
 * entry.
 *
 * <p>What the console says after each event is a {@link Notice}; its kinds are listed in
 * {@link Notice.Kind}.
 *
 * <p>Threading: one caller at a time (the UI's worker thread); calls block while the latch moves.
 */
public final class OperatorConsole {

    /** Console sessions are journaled beside seller sessions; their ids start with this. */
    public static final String SESSION_PREFIX = "op-";

    public enum Phase {
        SIGNED_OUT,
        SIGNED_IN,
        BIN_OPEN
    }

    /** What the operator does. */
    public sealed interface Event {
        record SignIn(String operatorId, char[] pin) implements Event {}

        record SignOut() implements Event {}

        record OpenBin(int bin) implements Event {}

        record Scan(String raw) implements Event {}

        record CloseBin() implements Event {}

        record FinishRestock() implements Event {}

        /** Voids a trade whose phone never reached a bin. */
        record VoidTrade(String tradeId) implements Event {}

        record Reprint(String tradeId) implements Event {}

        /**
         * Closes an open alert once the operator has looked into it; refused while the alert still
         * owes its seller money.
         */
        record ResolveAlert(String alertId) implements Event {}

        /** Finishes the trade of an alert for its seller (see {@link TradeRecovery}). */
        record Recover(String alertId, TradeRecovery.Action action) implements Event {}

        /** Staff are done: the console signs out and the kiosk's seat shows the attract screen again. */
        record ReturnToService() implements Event {}

        /** Technicians only: prints a test slip and cycles the latch of every empty bin. */
        record SelfTest() implements Event {}

        /**
         * Technicians only: closes the kiosk program for service. The console signs out and says
         * {@code kiosk.exit}; the window closes on that notice.
         */
        record ExitKiosk() implements Event {}

        /** Writes trades, certificates and audit links of {@code [from, to)} under {@code target}. */
        record Export(Instant from, Instant to, Path target) implements Event {}

        /** Sent periodically; signs out an operator idle past the timeout. */
        record IdleCheck() implements Event {}
    }

    /**
     * What the console works with.
     *
     * @param ids unique ids for console sessions and manifests
     */
    public record Context(
            PinLogin login,
            Ledger ledger,
            BinLatch latch,
            ManifestSigner signer,
            ManifestPrinter manifestPrinter,
            DeviceSelfTest selfTest,
            Reprints reprints,
            RecordExport export,
            BoltWatch bolts,
            Clock clock,
            Duration idleTimeout,
            String kioskId,
            Supplier<String> ids) {}

    private final PinLogin login;
    private final Ledger ledger;
    private final BinLatch latch;
    private final ManifestSigner signer;
    private final ManifestPrinter printer;
    private final ServiceDesk desk;
    private final RecoveryDesk recovery;
    private final TradeLookup trades;
    private final RecordExport export;
    private final BoltWatch bolts;
    private final Clock clock;
    private final Duration idleTimeout;
    private final String kioskId;
    private final Supplier<String> ids;

    private Phase phase = Phase.SIGNED_OUT;
    private Optional<OperatorAccount> operator = Optional.empty();
    private OptionalInt openBin = OptionalInt.empty();
    private Optional<TradeRecord> expected = Optional.empty();
    private Optional<TradeRecovery.Situation> returning = Optional.empty();
    private Optional<SessionSnapshot> handOver = Optional.empty();
    private Notice notice = Notice.NONE;
    private final List<CustodyManifest.Release> releases = new ArrayList<>();
    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private Optional<CustodyManifest> lastManifest = Optional.empty();
    private List<DeviceSelfTest.Result> selfTestResults = List.of();
    private Instant restockStarted;
    private Instant lastActivity;
    private String sessionId;
    private long seq;

    /** Prints a signed manifest; a failure is reported, the stored manifest stays. */
    public interface ManifestPrinter {
        void print(CustodyManifest manifest, ManifestSigner.Signature signature);
    }

    public OperatorConsole(Context context) {
        this.login = context.login();
        this.ledger = context.ledger();
        this.latch = context.latch();
        this.signer = context.signer();
        this.printer = context.manifestPrinter();
        this.desk = new ServiceDesk(context.ledger(), context.selfTest(), context.reprints(), context.clock());
        this.recovery = new RecoveryDesk(context.ledger(), context.clock());
        this.trades = new TradeLookup(context.ledger());
        this.export = context.export();
        this.bolts = context.bolts();
        this.clock = context.clock();
        this.idleTimeout = context.idleTimeout();
        this.kioskId = context.kioskId();
        this.ids = context.ids();
        this.lastActivity = clock.instant();
    }

    public ConsoleSnapshot snapshot() {
        return new ConsoleSnapshot(
                phase,
                operator.map(OperatorAccount::operatorId),
                operator.map(OperatorAccount::role),
                openBin,
                notice,
                releases,
                discrepancies,
                lastManifest,
                selfTestResults,
                handOver,
                phase == Phase.BIN_OPEN ? expected : Optional.empty());
    }

    /** Applies one event and returns the new snapshot. */
    public ConsoleSnapshot on(Event event) {
        Phase from = phase;
        List<LedgerFact> facts = new ArrayList<>();
        handOver = Optional.empty();
        if (idle()) {
            signOutIdle(facts);
            journal(from, event, facts);
            return snapshot();
        }
        if (!(event instanceof Event.IdleCheck)) {
            lastActivity = clock.instant();
        }
        switch (phase) {
            case SIGNED_OUT -> onSignedOut(event, facts);
            case SIGNED_IN -> onSignedIn(event, facts);
            case BIN_OPEN -> onBinOpen(event, facts);
        }
        journal(from, event, facts);
        return snapshot();
    }

    /** The status of every bin, with what the ledger says it holds. */
    public List<BinOverview> bins() {
        requirePermission(Role.Permission.VIEW_BINS);
        List<Ledger.BinContent> contents = ledger.binContents();
        List<BinOverview> bins = new ArrayList<>();
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            Optional<Ledger.BinContent> content = contentOf(contents, bin);
            Optional<TradeRecord> trade =
                    content.flatMap(Ledger.BinContent::tradeId).flatMap(ledger::trade);
            Optional<Instant> hold = content.flatMap(Ledger.BinContent::holdUntil);
            Optional<String> certificate = trade.flatMap(t -> ledger.certificate(t.tradeId()))
                    .map(LedgerFact.CertificateIssued::certificateId);
            try {
                bins.add(new BinOverview(bin, Optional.of(latch.status(bin)), trade, certificate, hold, ""));
            } catch (DeviceException e) {
                bins.add(new BinOverview(bin, Optional.empty(), trade, certificate, hold, e.getMessage()));
            }
        }
        return bins;
    }

    /** What staff must look at, oldest first. */
    public List<LedgerFact.AlertRaised> alerts() {
        requirePermission(Role.Permission.VIEW_BINS);
        return ledger.openAlerts();
    }

    /** The open alerts, oldest first, each with what its seller is owed and what staff may do now. */
    public List<AlertCase> cases() {
        requirePermission(Role.Permission.VIEW_BINS);
        return recovery.cases();
    }

    private void onSignedOut(Event event, List<LedgerFact> facts) {
        if (!(event instanceof Event.SignIn signIn)) {
            if (event instanceof Event.IdleCheck) {
                return;
            }
            throw unexpected(event);
        }
        sessionId = SESSION_PREFIX + ids.get();
        seq = 0;
        PinLogin.Result result = login.attempt(signIn.operatorId(), signIn.pin());
        String who = signIn.operatorId();
        if (result instanceof PinLogin.Result.Granted granted) {
            operator = Optional.of(granted.account());
            phase = Phase.SIGNED_IN;
            releases.clear();
            discrepancies.clear();
            lastManifest = Optional.empty();
            restockStarted = clock.instant();
            notice = Notice.of(Notice.Kind.SIGNIN_GRANTED);
            facts.add(new LedgerFact.Audited(
                    who, "operator.signin", "granted, role " + granted.account().role()));
        } else if (result instanceof PinLogin.Result.Refused refused) {
            notice = Notice.of(Notice.Kind.SIGNIN_REFUSED, refused.attemptsLeft());
            facts.add(new LedgerFact.Audited(who, "operator.signin", "refused"));
        } else if (result instanceof PinLogin.Result.LockedOut locked) {
            notice = Notice.of(Notice.Kind.SIGNIN_LOCKED, locked.until());
            facts.add(new LedgerFact.Audited(who, "operator.signin", "locked out until " + locked.until()));
        } else if (result instanceof PinLogin.Result.PadPaused paused) {
            notice = Notice.of(Notice.Kind.SIGNIN_PAD_PAUSED, paused.until());
            facts.add(new LedgerFact.Audited(who, "operator.signin", "pad paused until " + paused.until()));
        }
    }

    private void onSignedIn(Event event, List<LedgerFact> facts) {
        if (event instanceof Event.OpenBin open) {
            openBin(open.bin(), facts);
        } else if (event instanceof Event.FinishRestock) {
            finishRestock(facts);
        } else if (event instanceof Event.VoidTrade voidTrade) {
            if (may(Role.Permission.VOID_TRADE)) {
                TradeLookup.Found found = trades.find(voidTrade.tradeId());
                if (found instanceof TradeLookup.Found.Trade t) {
                    notice = desk.voidTrade(operatorId(), t.tradeId(), facts);
                } else {
                    notice = ((TradeLookup.Found.Refused) found).notice();
                }
            }
        } else if (event instanceof Event.Reprint reprint) {
            if (may(Role.Permission.REPRINT)) {
                TradeLookup.Found found = trades.find(reprint.tradeId());
                if (found instanceof TradeLookup.Found.Trade t) {
                    reprint(t.tradeId(), facts);
                } else {
                    notice = ((TradeLookup.Found.Refused) found).notice();
                }
            }
        } else if (event instanceof Event.ResolveAlert resolve) {
            if (may(Role.Permission.RESOLVE_ALERT)) {
                notice = desk.resolveAlert(operatorId(), resolve.alertId(), facts);
            }
        } else if (event instanceof Event.Recover recover) {
            recover(recover, facts);
        } else if (event instanceof Event.ReturnToService) {
            if (!releases.isEmpty() || !discrepancies.isEmpty()) {
                finishRestock(facts);
            }
            signOut(facts, "kiosk.returned-to-service", "signed out; the kiosk is back in service");
            notice = Notice.of(Notice.Kind.SERVICE_RETURNED);
        } else if (event instanceof Event.SelfTest) {
            selfTest(facts);
        } else if (event instanceof Event.Export range) {
            if (may(Role.Permission.EXPORT)) {
                export(range, facts);
            }
        } else if (event instanceof Event.ExitKiosk) {
            if (may(Role.Permission.EXIT_KIOSK)) {
                signOut(facts, "kiosk.exit", "closed the kiosk program for service");
                notice = Notice.of(Notice.Kind.KIOSK_EXIT);
            }
        } else if (event instanceof Event.SignOut) {
            if (!releases.isEmpty() || !discrepancies.isEmpty()) {
                finishRestock(facts);
            }
            signOut(facts, "operator.signout", "signed out");
        } else if (!(event instanceof Event.IdleCheck)) {
            throw unexpected(event);
        }
    }

    private void onBinOpen(Event event, List<LedgerFact> facts) {
        if (event instanceof Event.Scan && returning.isPresent()) {
            notice = Notice.of(Notice.Kind.RECOVERY_NO_SCAN_WHEN_RETURNING, openBin.getAsInt());
        } else if (event instanceof Event.Scan scan) {
            scan(ScannedCode.parse(scan.raw()), facts);
        } else if (event instanceof Event.CloseBin) {
            closeBin(facts);
        } else if (event instanceof Event.SignOut) {
            notice = Notice.of(Notice.Kind.SIGNOUT_CLOSE_BIN_FIRST, openBin.getAsInt());
        } else if (!(event instanceof Event.IdleCheck)) {
            throw unexpected(event);
        }
    }

    private void openBin(int bin, List<LedgerFact> facts) {
        if (!may(Role.Permission.RESTOCK)) {
            return;
        }
        String who = operatorId();
        Optional<Ledger.BinContent> content = contentOf(ledger.binContents(), bin);
        Optional<TradeRecord> trade =
                content.flatMap(Ledger.BinContent::tradeId).flatMap(ledger::trade);
        Optional<Instant> hold = content.flatMap(Ledger.BinContent::holdUntil);
        Instant now = clock.instant();
        if (trade.isEmpty()) {
            notice = Notice.of(Notice.Kind.BIN_EMPTY, bin);
            return;
        }
        if (hold.isPresent() && now.isBefore(hold.get())) {
            discrepancy(
                    Discrepancy.Kind.ON_HOLD,
                    bin,
                    "trade " + trade.get().tradeId() + " on hold until " + hold.get(),
                    facts);
            notice = Notice.of(Notice.Kind.BIN_ON_HOLD, bin, hold.get());
            return;
        }
        BinStatus before;
        try {
            before = latch.status(bin);
        } catch (DeviceException e) {
            notice = Notice.of(Notice.Kind.BIN_DEVICE_ERROR, bin, e.getMessage());
            facts.add(new LedgerFact.Audited(who, "bin.status", "bin " + bin + " unreadable: " + e.getMessage()));
            return;
        }
        if (before.tamper()) {
            discrepancy(Discrepancy.Kind.TAMPER, bin, "door was opened while locked", facts);
        }
        if (!before.occupied()) {
            discrepancy(
                    Discrepancy.Kind.MISSING_PHONE,
                    bin,
                    "ledger holds trade " + trade.get().tradeId() + " but the bin is empty",
                    facts);
        }
        facts.add(new LedgerFact.Audited(
                who, "bin.unlatch", "bin " + bin + " for trade " + trade.get().tradeId()));
        commitNow(Phase.SIGNED_IN, "OpenBin", facts);
        try {
            latch.unlock(bin);
        } catch (DeviceException e) {
            notice = Notice.of(Notice.Kind.BIN_DEVICE_ERROR, bin, e.getMessage());
            facts.add(new LedgerFact.Audited(who, "bin.unlatch.failed", "bin " + bin + ": " + e.getMessage()));
            return;
        }
        phase = Phase.BIN_OPEN;
        openBin = OptionalInt.of(bin);
        expected = trade;
        notice = before.occupied()
                ? Notice.of(Notice.Kind.BIN_OPENED, bin)
                : Notice.of(Notice.Kind.BIN_MISSING_PHONE, bin);
    }

    private void scan(ScannedCode code, List<LedgerFact> facts) {
        int bin = openBin.getAsInt();
        if (code instanceof ScannedCode.Unreadable unreadable) {
            notice = Notice.of(unreadable.reason().notice());
            return;
        }
        String phone = code.value();
        if (releases.stream().anyMatch(r -> r.phoneId().equals(phone))) {
            notice = Notice.of(Notice.Kind.SCAN_ALREADY, phone);
            return;
        }
        Optional<TradeRecord> match = expected.filter(t -> matches(t, phone));
        if (match.isEmpty()) {
            discrepancy(
                    Discrepancy.Kind.UNKNOWN_PHONE, bin, "scanned " + phone + " matches no trade in this bin", facts);
            notice = Notice.of(Notice.Kind.SCAN_UNKNOWN, bin, phone);
            return;
        }
        TradeRecord trade = match.get();
        Instant now = clock.instant();
        facts.add(new LedgerFact.TradeSaved(trade.released(now)));
        facts.add(new LedgerFact.PhoneReleased(bin, trade.tradeId(), operatorId()));
        facts.add(new LedgerFact.Audited(operatorId(), "custody.release", "bin " + bin + " trade " + trade.tradeId()));
        releases.add(new CustodyManifest.Release(
                bin, trade.tradeId(), phone, trade.manufacturer() + " " + trade.model(), now));
        expected = Optional.empty();
        notice = Notice.of(Notice.Kind.SCAN_RELEASED, bin, phone);
    }

    private void closeBin(List<LedgerFact> facts) {
        int bin = openBin.getAsInt();
        String who = operatorId();
        facts.add(new LedgerFact.Audited(who, "bin.lock", "bin " + bin));
        commitNow(Phase.BIN_OPEN, "CloseBin", facts);
        BinStatus after;
        try {
            latch.lock(bin);
            after = bolts.await(latch, bin, true);
        } catch (DeviceException e) {
            if (lastKnown(bin).map(seen -> !seen.doorClosed()).orElse(false)) {
                notice = Notice.of(Notice.Kind.BIN_CLOSE_DOOR_FIRST, bin);
                return;
            }
            discrepancy(Discrepancy.Kind.LATCH_JAMMED, bin, e.getMessage(), facts);
            notice = Notice.of(Notice.Kind.BIN_JAMMED, bin);
            leaveBin();
            return;
        }
        if (after.jammed() || !after.locked()) {
            discrepancy(Discrepancy.Kind.LATCH_JAMMED, bin, "latch feedback disagrees after lock", facts);
            notice = Notice.of(Notice.Kind.BIN_JAMMED, bin);
        } else if (returning.isPresent()) {
            notice = recovery.closedAfterReturn(operatorId(), returning.get(), after.occupied(), facts);
        } else if (after.occupied() && expected.isEmpty()) {
            discrepancy(Discrepancy.Kind.LEFT_IN_BIN, bin, "bin still reports a phone", facts);
            notice = Notice.of(Notice.Kind.BIN_LEFT_IN_BIN, bin);
        } else {
            notice = Notice.of(Notice.Kind.BIN_LOCKED, bin);
        }
        facts.add(new LedgerFact.Audited(who, "bin.locked", "bin " + bin + " secured=" + after.secured()));
        leaveBin();
    }

    /** Prints a trade's receipts again: the decision is synced before the printer moves. */
    private void reprint(String tradeId, List<LedgerFact> facts) {
        Optional<Notice> refused = desk.reprintRefusal(tradeId);
        if (refused.isPresent()) {
            notice = refused.get();
            return;
        }
        facts.add(new LedgerFact.Audited(operatorId(), "receipt.reprint.requested", tradeId));
        commitNow(Phase.SIGNED_IN, "Reprint", facts);
        notice = desk.reprint(operatorId(), tradeId, facts);
    }

    private void recover(Event.Recover event, List<LedgerFact> facts) {
        if (event.action() == TradeRecovery.Action.REPRINT_CERTIFICATE) {
            if (may(Role.Permission.REPRINT)) {
                recovery.situation(event.alertId())
                        .ifPresentOrElse(
                                s -> reprint(s.trade().tradeId(), facts),
                                () -> notice = Notice.of(Notice.Kind.RECOVERY_NO_TRADE));
            }
            return;
        }
        if (!may(Role.Permission.SETTLE_TRADE)) {
            return;
        }
        RecoveryDesk.Outcome outcome = recovery.recover(operatorId(), event.alertId(), event.action(), unique(), facts);
        notice = outcome.notice();
        if (outcome.openForReturn().isPresent()) {
            openForReturn(outcome.openForReturn().get(), facts);
        } else if (outcome.handOver().isPresent()) {
            Notice handed = notice;
            signOut(
                    facts,
                    "operator.signout",
                    "handed the kiosk to " + outcome.handOver().get().sessionId());
            notice = handed;
            handOver = outcome.handOver();
        }
    }

    /** Unlatches the bin of a phone staff give back to its seller, once the decision is synced. */
    private void openForReturn(TradeRecovery.Situation s, List<LedgerFact> facts) {
        int bin = s.bin().orElseThrow();
        commitNow(Phase.SIGNED_IN, "Recover", facts);
        try {
            latch.unlock(bin);
        } catch (DeviceException e) {
            notice = Notice.of(Notice.Kind.BIN_DEVICE_ERROR, bin, e.getMessage());
            facts.add(new LedgerFact.Audited(operatorId(), "bin.unlatch.failed", "bin " + bin + ": " + e.getMessage()));
            return;
        }
        phase = Phase.BIN_OPEN;
        openBin = OptionalInt.of(bin);
        expected = Optional.of(s.trade());
        returning = Optional.of(s);
    }

    private String unique() {
        return ids.get().replace("-", "").substring(0, 8);
    }

    private void selfTest(List<LedgerFact> facts) {
        if (!may(Role.Permission.SELF_TEST)) {
            return;
        }
        facts.add(new LedgerFact.Audited(operatorId(), "selftest.start", "printer and empty bins"));
        commitNow(Phase.SIGNED_IN, "SelfTest", facts);
        selfTestResults = List.copyOf(desk.selfTest(operatorId(), facts));
        boolean passed = selfTestResults.stream().allMatch(DeviceSelfTest.Result::passed);
        notice = Notice.of(passed ? Notice.Kind.SELFTEST_PASSED : Notice.Kind.SELFTEST_FAILED);
    }

    private void export(Event.Export range, List<LedgerFact> facts) {
        try {
            RecordExport.Summary summary = export.export(range.from(), range.to(), range.target());
            facts.add(new LedgerFact.Audited(
                    operatorId(),
                    "records.export",
                    range.from() + ".." + range.to() + " trades=" + summary.trades() + " certificates="
                            + summary.certificates() + " audit=" + summary.auditLinks() + " to " + summary.folder()));
            notice = Notice.of(
                    Notice.Kind.EXPORT_DONE,
                    summary.folder().toString(),
                    summary.trades(),
                    summary.certificates(),
                    summary.auditLinks());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            facts.add(new LedgerFact.Audited(operatorId(), "records.export.failed", e.getMessage()));
            notice = Notice.of(Notice.Kind.EXPORT_FAILED, e.getMessage());
        }
    }

    private void finishRestock(List<LedgerFact> facts) {
        if (releases.isEmpty() && discrepancies.isEmpty()) {
            return;
        }
        CustodyManifest manifest = new CustodyManifest(
                "cm-" + ids.get(), kioskId, operatorId(), restockStarted, clock.instant(), releases, discrepancies);
        ManifestSigner.Signature signature =
                signer.sign(manifest.canonicalText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        facts.add(new LedgerFact.CustodyManifestIssued(
                manifest.manifestId(),
                operatorId(),
                manifest.canonicalText(),
                signature.keyId(),
                signature.base64(),
                clock.instant()));
        facts.add(new LedgerFact.Audited(operatorId(), "custody.manifest", manifest.manifestId()));
        commitNow(phase, "FinishRestock", facts);
        lastManifest = Optional.of(manifest);
        releases.clear();
        discrepancies.clear();
        restockStarted = clock.instant();
        notice = Notice.of(Notice.Kind.RESTOCK_MANIFEST, manifest.manifestId());
        try {
            printer.print(manifest, signature);
        } catch (DeviceException e) {
            // The signed manifest is stored either way; the operator is told the paper is missing.
            facts.add(new LedgerFact.Audited(operatorId(), "custody.manifest.print", "failed: " + e.getMessage()));
            notice = Notice.of(Notice.Kind.RESTOCK_PRINT_FAILED, manifest.manifestId(), e.getMessage());
        }
    }

    private void signOutIdle(List<LedgerFact> facts) {
        if (phase == Phase.BIN_OPEN) {
            int bin = openBin.getAsInt();
            if (lastKnown(bin).map(BinStatus::doorClosed).orElse(false)) {
                closeBin(facts);
            } else {
                facts.add(
                        new LedgerFact.Audited(operatorId(), "bin.leftOpen", "bin " + bin + " open at idle sign-out"));
                leaveBin();
            }
        }
        if (!releases.isEmpty() || !discrepancies.isEmpty()) {
            finishRestock(facts);
        }
        signOut(facts, "operator.signout", "idle timeout");
        notice = Notice.of(Notice.Kind.SIGNOUT_IDLE);
    }

    private void signOut(List<LedgerFact> facts, String action, String detail) {
        facts.add(new LedgerFact.Audited(operatorId(), action, detail));
        phase = Phase.SIGNED_OUT;
        operator = Optional.empty();
        notice = Notice.of(Notice.Kind.SIGNOUT);
    }

    private boolean idle() {
        return phase != Phase.SIGNED_OUT
                && Duration.between(lastActivity, clock.instant()).compareTo(idleTimeout) >= 0;
    }

    private void leaveBin() {
        phase = Phase.SIGNED_IN;
        openBin = OptionalInt.empty();
        expected = Optional.empty();
        returning = Optional.empty();
    }

    private void discrepancy(Discrepancy.Kind kind, int bin, String detail, List<LedgerFact> facts) {
        discrepancies.add(new Discrepancy(kind, bin, detail, clock.instant()));
        facts.add(new LedgerFact.Audited(operatorId(), "custody.discrepancy", kind + " bin " + bin + ": " + detail));
    }

    private boolean may(Role.Permission permission) {
        boolean allowed = operator.map(o -> o.role().may(permission)).orElse(false);
        if (!allowed) {
            notice = Notice.of(Notice.Kind.PERMISSION_DENIED);
        }
        return allowed;
    }

    private void requirePermission(Role.Permission permission) {
        if (!operator.map(o -> o.role().may(permission)).orElse(false)) {
            throw new IllegalStateException("phase: " + phase + ", permission denied: " + permission);
        }
    }

    /** Commits the facts gathered so far, synced, before the latch moves; the list is emptied. */
    private void commitNow(Phase from, String event, List<LedgerFact> facts) {
        ledger.commit(entry(from, event), List.copyOf(facts), Durability.SYNCED);
        facts.clear();
    }

    private void journal(Phase from, Event event, List<LedgerFact> facts) {
        if (sessionId == null) {
            return;
        }
        ledger.commit(entry(from, event.getClass().getSimpleName()), List.copyOf(facts), Durability.BUFFERED);
        if (phase == Phase.SIGNED_OUT) {
            sessionId = null;
        }
    }

    private JournalEntry entry(Phase from, String event) {
        seq++;
        return new JournalEntry(
                sessionId,
                seq,
                clock.instant(),
                from.name(),
                event,
                phase.name(),
                snapshot().journalText(),
                phase == Phase.SIGNED_OUT);
    }

    private String operatorId() {
        return operator.map(OperatorAccount::operatorId).orElse("unknown");
    }

    /** The bin's status, or empty when the controller cannot say; callers treat empty as unsafe. */
    private Optional<BinStatus> lastKnown(int bin) {
        try {
            return Optional.of(latch.status(bin));
        } catch (DeviceException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean matches(TradeRecord trade, String phone) {
        return trade.imei().map(phone::equals).orElse(false) || trade.serial().equalsIgnoreCase(phone);
    }

    private static Optional<Ledger.BinContent> contentOf(List<Ledger.BinContent> contents, int bin) {
        return contents.stream().filter(c -> c.bin() == bin).findFirst();
    }

    private IllegalStateException unexpected(Event event) {
        return new IllegalStateException(
                "phase: " + phase + ", event: " + event.getClass().getSimpleName());
    }
}

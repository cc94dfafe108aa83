package org.cleartrade.core.operator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.machine.Machine;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.ConsoleState.Closing;

/**
 * The operator's side of the kiosk as a pure state machine: sign in with a PIN, see the bins,
 * restock them with a chain of custody, sign out.
 *
 * <pre>
 *  SIGNED_OUT --SignIn [CheckPin], PinChecked(granted)--> SIGNED_IN
 *  SIGNED_IN  --OpenBin [Unlatch], BinUnlatched---------> BIN_OPEN --Scan--> BIN_OPEN
 *  BIN_OPEN   --CloseBin [Lock], BinLocked--------------> SIGNED_IN
 *  SIGNED_IN  --FinishRestock [SignManifest], ManifestSigned [PrintManifest], ManifestPrinted--> SIGNED_IN
 *  SIGNED_IN  --SignOut, ReturnToService: sign and print the manifest, then--> SIGNED_OUT
 *  idle       --IdleCheck: lock an open bin, sign and print the manifest, then--> SIGNED_OUT
 * </pre>
 *
 * <p>{@link #on} reads the ledger and the clock and otherwise only returns an {@link OperatorStep}:
 * the next {@link ConsoleState}, the facts to commit with its journal entry, and the {@link
 * OperatorEffect}s (check a PIN, unlatch, lock, sign and print a manifest, reprint, self-test,
 * export). The {@link OperatorRunner} commits each step once, synced when an effect is physical, runs
 * the effects with {@link OperatorEffects} and feeds their {@link ConsoleAnswer}s back. An answer the state
 * does not wait for is refused, like an event that does not fit the phase: {@code "phase: X, event:
 * Y"}.
 *
 * <p>A console session id starts at each sign-in attempt and ends with sign-out, so a refused PIN is a
 * session of two entries. What the console says after each step is a {@link Notice}; its kinds are
 * listed in {@link Notice.Kind}.
 *
 * <p>Threading: the console keeps no state of its own; the runner calls it from one thread at a
 * time.
 */
public final class OperatorConsole implements Machine<ConsoleState, OperatorConsole.Event, OperatorEffect> {

    /** Console sessions are journaled beside seller sessions; their ids start with this. */
    public static final String SESSION_PREFIX = "op-";

    public enum Phase {
        SIGNED_OUT,
        SIGNED_IN,
        BIN_OPEN
    }

    /** What the operator does, and what the effects answer ({@link ConsoleAnswer}). */
    public sealed interface Event
            permits Event.SignIn,
                    Event.SignOut,
                    Event.OpenBin,
                    Event.Scan,
                    Event.CloseBin,
                    Event.FinishRestock,
                    Event.VoidTrade,
                    Event.Reprint,
                    Event.ResolveAlert,
                    Event.Recover,
                    Event.ReturnToService,
                    Event.SelfTest,
                    Event.ExitKiosk,
                    Event.Export,
                    Event.IdleCheck,
                    ConsoleAnswer {
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

    private final Ledger ledger;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Supplier<String> ids;
    private final ServiceDesk desk;
    private final SignOff signOff;
    private final RecoveryDesk recovery;
    private final TradeLookup trades;

    /**
     * @param ledger read for bins, trades and alerts; the console never writes it
     * @param ids unique ids for console sessions and manifests
     */
    public OperatorConsole(Ledger ledger, Clock clock, Duration idleTimeout, String kioskId, Supplier<String> ids) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.desk = new ServiceDesk(ledger, clock);
        this.signOff = new SignOff(Objects.requireNonNull(kioskId, "kioskId"), ids);
        this.recovery = new RecoveryDesk(ledger, clock);
        this.trades = new TradeLookup(ledger);
    }

    /** Nobody signed in. */
    public ConsoleState start() {
        return ConsoleState.signedOut(clock.instant());
    }

    /** The open alerts as the console's recovery desk sees them. */
    List<AlertCase> cases() {
        return recovery.cases();
    }

    @Override
    public Optional<OperatorStep> on(ConsoleState state, Event event) {
        Objects.requireNonNull(event, "event");
        ConsoleDraft d = new ConsoleDraft(state, clock.instant());
        if (event instanceof ConsoleAnswer answer) {
            answer(d, answer);
            return d.build(event);
        }
        if (idle(state)) {
            // Whatever was pressed after the timeout, the operator is signed out first.
            d.closing = Optional.of(Closing.IDLE);
            signOff.carryOn(d);
            return d.build(event);
        }
        if (!(event instanceof Event.IdleCheck)) {
            d.lastActivity = d.now;
        }
        handler(state.phase()).handle(d, event);
        return d.build(event);
    }

    /** How one phase takes the operator's commands; any other command is {@link #unexpected}. */
    @FunctionalInterface
    private interface PhaseHandler {
        void handle(ConsoleDraft d, Event event);
    }

    /** A switch expression without a default: a phase added to {@link Phase} does not compile here. */
    private PhaseHandler handler(Phase phase) {
        return switch (phase) {
            case SIGNED_OUT -> this::onSignedOut;
            case SIGNED_IN -> this::onSignedIn;
            case BIN_OPEN -> this::onBinOpen;
        };
    }

    private void onSignedOut(ConsoleDraft d, Event event) {
        if (event instanceof Event.SignIn signIn) {
            d.sessionId = Optional.of(SESSION_PREFIX + ids.get());
            d.await(Awaiting.PIN, new OperatorEffect.CheckPin(signIn.operatorId(), signIn.pin()));
        } else if (!(event instanceof Event.IdleCheck)) {
            throw unexpected(d.from, event);
        }
    }

    private void onSignedIn(ConsoleDraft d, Event event) {
        if (event instanceof Event.OpenBin open) {
            openBin(d, open.bin());
        } else if (event instanceof Event.FinishRestock) {
            signOff.signManifest(d);
        } else if (event instanceof Event.VoidTrade voidTrade) {
            if (may(d, Role.Permission.VOID_TRADE)) {
                found(d, voidTrade.tradeId()).ifPresent(t -> d.notice = desk.voidTrade(d.operatorId(), t, d.facts));
            }
        } else if (event instanceof Event.Reprint reprint) {
            if (may(d, Role.Permission.REPRINT)) {
                found(d, reprint.tradeId()).ifPresent(t -> reprint(d, t));
            }
        } else if (event instanceof Event.ResolveAlert resolve) {
            if (may(d, Role.Permission.RESOLVE_ALERT)) {
                d.notice = desk.resolveAlert(d.operatorId(), resolve.alertId(), d.facts);
            }
        } else if (event instanceof Event.Recover recover) {
            recover(d, recover);
        } else if (event instanceof Event.SelfTest) {
            if (may(d, Role.Permission.SELF_TEST)) {
                d.audit("selftest.start", "printer and empty bins");
                d.await(Awaiting.SELF_TEST, new OperatorEffect.SelfTest(desk.occupiedBins()));
            }
        } else if (event instanceof Event.Export range) {
            if (may(d, Role.Permission.EXPORT)) {
                d.await(Awaiting.EXPORT, new OperatorEffect.Export(range.from(), range.to(), range.target()));
            }
        } else if (event instanceof Event.ExitKiosk) {
            if (may(d, Role.Permission.EXIT_KIOSK)) {
                SignOff.signOut(d, "kiosk.exit", "closed the kiosk program for service", Notice.Kind.KIOSK_EXIT);
            }
        } else if (event instanceof Event.ReturnToService) {
            d.closing = Optional.of(Closing.RETURN_TO_SERVICE);
            signOff.carryOn(d);
        } else if (event instanceof Event.SignOut) {
            d.closing = Optional.of(Closing.SIGN_OUT);
            signOff.carryOn(d);
        } else if (!(event instanceof Event.IdleCheck)) {
            throw unexpected(d.from, event);
        }
    }

    private void onBinOpen(ConsoleDraft d, Event event) {
        int bin = d.openBin.getAsInt();
        if (event instanceof Event.Scan && d.returning.isPresent()) {
            d.notice = Notice.of(Notice.Kind.RECOVERY_NO_SCAN_WHEN_RETURNING, bin);
        } else if (event instanceof Event.Scan scan) {
            scan(d, bin, ScannedCode.parse(scan.raw()));
        } else if (event instanceof Event.CloseBin) {
            d.audit("bin.lock", "bin " + bin);
            d.await(Awaiting.LOCK, new OperatorEffect.Lock(bin, false));
        } else if (event instanceof Event.SignOut) {
            d.notice = Notice.of(Notice.Kind.SIGNOUT_CLOSE_BIN_FIRST, bin);
        } else if (!(event instanceof Event.IdleCheck)) {
            throw unexpected(d.from, event);
        }
    }

    /** Each answer is taken only while the state waits for it. */
    private void answer(ConsoleDraft d, ConsoleAnswer answer) {
        if (!d.from.awaiting().equals(Optional.of(answer.answers()))) {
            throw unexpected(d.from, answer);
        }
        answer.accept(new ConsoleAnswers(d, signOff, recovery));
    }

    private void openBin(ConsoleDraft d, int bin) {
        if (!may(d, Role.Permission.RESTOCK)) {
            return;
        }
        Optional<Ledger.BinContent> content =
                ledger.binContents().stream().filter(c -> c.bin() == bin).findFirst();
        Optional<TradeRecord> trade =
                content.flatMap(Ledger.BinContent::tradeId).flatMap(ledger::trade);
        Optional<Instant> hold = content.flatMap(Ledger.BinContent::holdUntil);
        if (trade.isEmpty()) {
            d.notice = Notice.of(Notice.Kind.BIN_EMPTY, bin);
            return;
        }
        if (hold.isPresent() && d.now.isBefore(hold.get())) {
            d.discrepancy(
                    Discrepancy.Kind.ON_HOLD, bin, "trade " + trade.get().tradeId() + " on hold until " + hold.get());
            d.notice = Notice.of(Notice.Kind.BIN_ON_HOLD, bin, hold.get());
            return;
        }
        d.audit("bin.unlatch", "bin " + bin + " for trade " + trade.get().tradeId());
        d.openBin = OptionalInt.of(bin);
        d.expected = trade;
        d.await(Awaiting.UNLATCH, new OperatorEffect.Unlatch(bin));
    }

    private void scan(ConsoleDraft d, int bin, ScannedCode code) {
        if (code instanceof ScannedCode.Unreadable unreadable) {
            d.notice = Notice.of(unreadable.reason().notice());
            return;
        }
        String phone = code.value();
        if (d.releases.stream().anyMatch(r -> r.phoneId().equals(phone))) {
            d.notice = Notice.of(Notice.Kind.SCAN_ALREADY, phone);
            return;
        }
        Optional<TradeRecord> match = d.expected.filter(t -> matches(t, phone));
        if (match.isEmpty()) {
            d.discrepancy(Discrepancy.Kind.UNKNOWN_PHONE, bin, "scanned " + phone + " matches no trade in this bin");
            d.notice = Notice.of(Notice.Kind.SCAN_UNKNOWN, bin, phone);
            return;
        }
        TradeRecord trade = match.get();
        d.facts.add(new LedgerFact.TradeSaved(trade.released(d.now)));
        d.facts.add(new LedgerFact.PhoneReleased(bin, trade.tradeId(), d.operatorId()));
        d.audit("custody.release", "bin " + bin + " trade " + trade.tradeId());
        d.releases.add(new CustodyManifest.Release(
                bin, trade.tradeId(), phone, trade.manufacturer() + " " + trade.model(), d.now));
        d.expected = Optional.empty();
        d.notice = Notice.of(Notice.Kind.SCAN_RELEASED, bin, phone);
    }

    private void reprint(ConsoleDraft d, String tradeId) {
        Optional<Notice> refused = desk.reprintRefusal(tradeId);
        if (refused.isPresent()) {
            d.notice = refused.get();
            return;
        }
        d.audit("receipt.reprint.requested", tradeId);
        d.await(Awaiting.REPRINT, new OperatorEffect.Reprint(tradeId));
    }

    private void recover(ConsoleDraft d, Event.Recover event) {
        if (event.action() == TradeRecovery.Action.REPRINT_CERTIFICATE) {
            if (may(d, Role.Permission.REPRINT)) {
                recovery.situation(event.alertId())
                        .ifPresentOrElse(
                                s -> reprint(d, s.trade().tradeId()),
                                () -> d.notice = Notice.of(Notice.Kind.RECOVERY_NO_TRADE));
            }
            return;
        }
        if (!may(d, Role.Permission.SETTLE_TRADE)) {
            return;
        }
        RecoveryDesk.Outcome outcome =
                recovery.recover(d.operatorId(), event.alertId(), event.action(), unique(), d.facts);
        d.notice = outcome.notice();
        if (outcome.openForReturn().isPresent()) {
            TradeRecovery.Situation s = outcome.openForReturn().get();
            d.openBin = OptionalInt.of(s.bin().orElseThrow());
            d.expected = Optional.of(s.trade());
            d.returning = Optional.of(s);
            d.await(Awaiting.UNLATCH, new OperatorEffect.Unlatch(s.bin().getAsInt()));
        } else if (outcome.handOver().isPresent()) {
            Notice handed = d.notice;
            SignOff.signOut(
                    d,
                    "operator.signout",
                    "handed the kiosk to " + outcome.handOver().get().sessionId(),
                    Notice.Kind.SIGNOUT);
            d.notice = handed;
            d.handOver = outcome.handOver();
        }
    }

    /** The trade id staff typed, or empty with the notice that says why there is none. */
    private Optional<String> found(ConsoleDraft d, String typed) {
        TradeLookup.Found found = trades.find(typed);
        if (found instanceof TradeLookup.Found.Trade t) {
            return Optional.of(t.tradeId());
        }
        d.notice = ((TradeLookup.Found.Refused) found).notice();
        return Optional.empty();
    }

    private String unique() {
        return ids.get().replace("-", "").substring(0, 8);
    }

    private boolean idle(ConsoleState s) {
        return s.phase() != Phase.SIGNED_OUT
                && Duration.between(s.lastActivity(), clock.instant()).compareTo(idleTimeout) >= 0;
    }

    private static boolean may(ConsoleDraft d, Role.Permission permission) {
        boolean allowed = d.operator.map(o -> o.role().may(permission)).orElse(false);
        if (!allowed) {
            d.notice = Notice.of(Notice.Kind.PERMISSION_DENIED);
        }
        return allowed;
    }

    private static boolean matches(TradeRecord trade, String phone) {
        return trade.imei().map(phone::equals).orElse(false) || trade.serial().equalsIgnoreCase(phone);
    }

    private static IllegalStateException unexpected(ConsoleState s, Event event) {
        return new IllegalStateException(
                "phase: " + s.phase() + ", event: " + event.getClass().getSimpleName());
    }
}

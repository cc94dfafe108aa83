package org.cleartrade.core.operator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.TradeRecovery.Action;
import org.cleartrade.core.operator.TradeRecovery.Situation;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SnapshotCodec;
import org.cleartrade.core.session.StaffContinuation;

/**
 * The console's side of finishing interrupted trades from their alerts: decides each action with
 * {@link TradeRecovery} and says what the console must do next. The console commits the facts
 * (synced before the latch moves) and journals who did it and when.
 */
final class RecoveryDesk {

    /**
     * What the console does after a recovery action.
     *
     * @param handOver a staff continuation the kiosk's seat runs next; the console signs out
     * @param openForReturn the bin the console unlatches for staff to take the phone out and give it
     *     back (after the decision is synced)
     */
    record Outcome(Notice notice, Optional<SessionSnapshot> handOver, Optional<Situation> openForReturn) {
        static Outcome notice(Notice notice) {
            return new Outcome(notice, Optional.empty(), Optional.empty());
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    RecoveryDesk(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Every open alert, oldest first, with what its seller is owed and what staff may do. */
    List<AlertCase> cases() {
        List<AlertCase> cases = new ArrayList<>();
        for (LedgerFact.AlertRaised alert : ledger.openAlerts()) {
            Optional<Situation> situation = alert.tradeId().flatMap(id -> Situation.read(ledger, id));
            cases.add(new AlertCase(
                    alert,
                    situation.flatMap(Situation::owed),
                    situation.map(TradeRecovery::options).orElse(List.of())));
        }
        return cases;
    }

    Optional<Situation> situation(String alertId) {
        return ledger.openAlerts().stream()
                .filter(a -> a.alertId().equals(alertId))
                .findFirst()
                .flatMap(LedgerFact.AlertRaised::tradeId)
                .flatMap(id -> Situation.read(ledger, id));
    }

    /**
     * Decides {@code action} for the trade of {@code alertId}; non-physical decisions are added to
     * {@code facts}. Printing a certificate again is the console's own reprint.
     */
    Outcome recover(String operatorId, String alertId, Action action, String unique, List<LedgerFact> facts) {
        Optional<Situation> found = situation(alertId);
        if (found.isEmpty()) {
            return Outcome.notice(Notice.of(Notice.Kind.RECOVERY_NO_TRADE));
        }
        Situation s = found.get();
        String tradeId = s.trade().tradeId();
        if (!TradeRecovery.options(s).contains(action)) {
            return Outcome.notice(Notice.of(Notice.Kind.RECOVERY_NOT_OFFERED, tradeId));
        }
        return switch (action) {
            case PAY_BY_HAND -> {
                facts.addAll(TradeRecovery.payByHand(s, operatorId, clock.instant()));
                yield Outcome.notice(Notice.of(
                        Notice.Kind.RECOVERY_PAID_BY_HAND, tradeId, s.owed().orElseThrow()));
            }
            case RETURN_PHONE -> {
                if (s.bin().isPresent()) {
                    facts.add(new LedgerFact.Audited(
                            operatorId,
                            "recovery.return-phone.unlatch",
                            "bin " + s.bin().getAsInt() + " for trade " + tradeId));
                    yield new Outcome(
                            Notice.of(
                                    Notice.Kind.RECOVERY_OPEN_FOR_RETURN,
                                    s.bin().getAsInt(),
                                    tradeId),
                            Optional.empty(),
                            Optional.of(s));
                }
                facts.addAll(TradeRecovery.phoneReturned(s, operatorId, clock.instant()));
                yield Outcome.notice(Notice.of(Notice.Kind.RECOVERY_RETURNED, tradeId));
            }
            case TAKE_PHONE_IN, ISSUE_VOUCHER, PRINT_VOUCHER_AGAIN ->
                continuation(operatorId, s, action, unique, facts);
            case REPRINT_CERTIFICATE -> throw new IllegalArgumentException("the console reprints certificates itself");
        };
    }

    /** Bins that hold a phone, or that the pre-erase gate reserved for a trade in progress. */
    static Set<Integer> takenBins(Ledger ledger) {
        Set<Integer> taken = ledger.binContents().stream()
                .filter(c -> c.tradeId().isPresent())
                .map(Ledger.BinContent::bin)
                .collect(Collectors.toSet());
        ledger.binReservations().forEach(r -> taken.add(r.bin()));
        return taken;
    }

    /** The phone of a trade being given back is out of its bin and the bin locked again. */
    Notice closedAfterReturn(String operatorId, Situation s, boolean stillOccupied, List<LedgerFact> facts) {
        int bin = s.bin().orElseThrow();
        if (stillOccupied) {
            return Notice.of(Notice.Kind.RECOVERY_STILL_INSIDE, bin, s.trade().tradeId());
        }
        facts.addAll(TradeRecovery.phoneReturned(s, operatorId, clock.instant()));
        return Notice.of(Notice.Kind.RECOVERY_RETURNED, s.trade().tradeId());
    }

    private Outcome continuation(String operatorId, Situation s, Action action, String unique, List<LedgerFact> facts) {
        String tradeId = s.trade().tradeId();
        List<JournalEntry> journal = ledger.journal(s.trade().sessionId());
        SessionSnapshot interrupted;
        try {
            interrupted = SnapshotCodec.decode(journal.get(journal.size() - 1).snapshot());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            facts.add(new LedgerFact.Audited(operatorId, "recovery.unreadable", tradeId + ": " + e.getMessage()));
            return Outcome.notice(Notice.of(Notice.Kind.RECOVERY_UNREADABLE, tradeId));
        }
        Set<Integer> taken = takenBins(ledger);
        StaffContinuation.Step step = switch (action) {
            case TAKE_PHONE_IN -> StaffContinuation.Step.TAKE_PHONE_IN;
            case ISSUE_VOUCHER -> StaffContinuation.Step.ISSUE_VOUCHER;
            default -> StaffContinuation.Step.PRINT_VOUCHER_AGAIN;
        };
        SessionSnapshot next = StaffContinuation.of(
                interrupted,
                StaffContinuation.sessionId(interrupted.sessionId(), unique),
                operatorId,
                step,
                taken,
                clock.instant());
        facts.add(new LedgerFact.Audited(
                operatorId, "recovery.continue", step + " trade " + tradeId + " in session " + next.sessionId()));
        return new Outcome(Notice.of(Notice.Kind.RECOVERY_HAND_OVER, tradeId), Optional.of(next), Optional.empty());
    }
}

package org.cleartrade.core.operator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.pricing.quote.Money;

/**
 * The operator's service decisions besides restocking: void a trade that never reached a bin,
 * whether a receipt may be printed again, resolve an alert, and which bins the technician's
 * self-test must not open. Each returns the notice to show and adds what it decided to {@code
 * facts}; the console journals them. It only reads the ledger: printing and moving latches are the
 * console's effects.
 */
final class ServiceDesk {

    private final Ledger ledger;
    private final Clock clock;

    ServiceDesk(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Voids a trade whose phone never reached a bin; anything later is refused. */
    Notice voidTrade(String operatorId, String tradeId, List<LedgerFact> facts) {
        Optional<TradeRecord> found = ledger.trade(tradeId);
        if (found.isEmpty()) {
            return Notice.of(Notice.Kind.VOID_UNKNOWN, tradeId);
        }
        TradeRecord t = found.get();
        if (t.status() != TradeRecord.Status.ACCEPTED && t.status() != TradeRecord.Status.ERASED) {
            return Notice.of(Notice.Kind.VOID_TOO_LATE, tradeId, t.status().name());
        }
        facts.add(new LedgerFact.TradeSaved(t.voided(clock.instant())));
        facts.add(new LedgerFact.Audited(operatorId, "trade.void", tradeId + " was " + t.status()));
        return Notice.of(Notice.Kind.VOID_DONE, tradeId);
    }

    /** Why a trade's receipts cannot be printed again, if they cannot. */
    Optional<Notice> reprintRefusal(String tradeId) {
        return ledger.certificate(tradeId).isEmpty()
                ? Optional.of(Notice.of(Notice.Kind.REPRINT_UNKNOWN, tradeId))
                : Optional.empty();
    }

    /**
     * Closes an alert the operator has looked into; an alert no longer open is only reported, and
     * one that still owes its seller money is refused until staff settled with the seller.
     */
    Notice resolveAlert(String operatorId, String alertId, List<LedgerFact> facts) {
        Optional<LedgerFact.AlertRaised> alert = ledger.openAlerts().stream()
                .filter(a -> a.alertId().equals(alertId))
                .findFirst();
        if (alert.isEmpty()) {
            return Notice.of(Notice.Kind.ALERT_NOT_OPEN);
        }
        Optional<Money> owed = alert.get().owed().isPresent()
                ? ledger.owedToSeller(alert.get().tradeId().orElseThrow())
                : Optional.empty();
        if (owed.isPresent()) {
            // The ledger would refuse it too; staff are told what to do first.
            return Notice.of(Notice.Kind.ALERT_STILL_OWED, owed.get());
        }
        facts.add(new LedgerFact.AlertResolved(alertId, operatorId));
        facts.add(new LedgerFact.Audited(
                operatorId,
                "alert.resolve",
                alert.get().kind() + " of session " + alert.get().sessionId()));
        return Notice.of(Notice.Kind.ALERT_RESOLVED);
    }

    /** Bins the ledger says hold a phone: the self-test only reads them, never opens them. */
    Set<Integer> occupiedBins() {
        return ledger.binContents().stream()
                .filter(c -> c.tradeId().isPresent())
                .map(Ledger.BinContent::bin)
                .collect(Collectors.toSet());
    }
}

package org.cleartrade.core.operator;

import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.pricing.quote.Money;

/**
 * An open alert as staff work on it: what the seller is still owed now (empty once they were paid
 * or the trade was voided) and what staff may do for them. An alert that still owes a seller
 * money cannot be resolved until one of {@code actions} settled it.
 */
public record AlertCase(LedgerFact.AlertRaised alert, Optional<Money> owed, List<TradeRecovery.Action> actions) {

    public AlertCase {
        actions = List.copyOf(actions);
    }

    /** Whether staff may close the alert now. */
    public boolean resolvable() {
        return alert.owed().isEmpty() || owed.isEmpty();
    }
}

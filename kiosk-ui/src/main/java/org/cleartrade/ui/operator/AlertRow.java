package org.cleartrade.ui.operator;

import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.AlertCase;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.core.session.SellerReference;
import org.cleartrade.ui.i18n.UiText;

/**
 * One open alert as the bins screen shows it, already in words.
 *
 * @param title what happened, in the operator's language
 * @param todo what the operator should do about it
 * @param where the seller's reference, the time, and the bin and trade when known
 * @param detail the kiosk's own account, as the audit log has it, in the operator's language
 * @param owed what the seller is still owed, in words; empty when nothing is
 * @param actions what staff may do for the seller from this alert, in the order offered
 * @param resolvable whether the alert may be closed now; not while it still owes the seller money
 */
public record AlertRow(
        String alertId,
        String title,
        String todo,
        String where,
        String detail,
        String owed,
        List<Action> actions,
        boolean resolvable) {

    /** One recovery action, labelled in the operator's language. */
    public record Action(TradeRecovery.Action action, String label) {}

    public AlertRow {
        actions = List.copyOf(actions);
    }

    /** The alert id made safe for a node id ({@code #} is a selector character). */
    public String domId() {
        return alertId.replaceAll("[^A-Za-z0-9-]", "-");
    }

    static AlertRow of(AlertCase c, UiText text) {
        LedgerFact.AlertRaised alert = c.alert();
        String kind = "operator.alert.kind." + alert.kind();
        boolean known = text.has(kind + ".title");
        List<String> where = new ArrayList<>();
        where.add(text.get("operator.alert.reference", SellerReference.of(alert.sessionId())));
        where.add(text.dateTime(alert.raisedAt()));
        if (alert.bin().isPresent()) {
            where.add(text.get("operator.bins.bin", alert.bin().getAsInt()));
        }
        alert.tradeId().ifPresent(id -> where.add(text.get("operator.alert.trade", id)));
        String owed = c.owed().isPresent()
                ? text.get("operator.alert.owed", text.money(c.owed().get()))
                : alert.owed().isPresent() ? text.get("operator.alert.settled") : "";
        return new AlertRow(
                alert.alertId(),
                known ? text.get(kind + ".title") : text.get("operator.alert.unknownKind", alert.kind()),
                known ? text.get(kind + ".todo") : text.get("operator.alert.unknownKind.todo"),
                String.join(" · ", where),
                AlertDetailWords.of(alert.detail(), text),
                owed,
                c.actions().stream()
                        .map(a -> new Action(a, text.get("operator.recovery." + a.name())))
                        .toList(),
                c.resolvable());
    }
}

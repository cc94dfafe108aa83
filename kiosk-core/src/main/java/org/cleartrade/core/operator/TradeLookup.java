package org.cleartrade.core.operator;

import java.util.List;
import java.util.Locale;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * Turns what staff typed into a trade id: the full trade id, or the seller's eight-character
 * reference (the one the seller's screen shows when staff must help), with or without spaces,
 * dashes or lower case. A reference two sessions share is refused with both ids, so staff pick.
 */
final class TradeLookup {

    /** The outcome: the trade id to act on, or the notice that says why there is none. */
    sealed interface Found {
        record Trade(String tradeId) implements Found {}

        record Refused(Notice notice) implements Found {}
    }

    private final Ledger ledger;

    TradeLookup(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * A full trade id, or anything that is not a reference, is passed on as typed: the desk says
     * whether it knows it.
     */
    Found find(String typed) {
        String entered = typed.strip();
        if (entered.isEmpty()) {
            return new Found.Refused(Notice.of(Notice.Kind.TRADE_NOTHING_TYPED));
        }
        String reference = entered.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (ledger.trade(entered).isPresent() || !reference.matches("[0-9A-Z]{8}")) {
            return new Found.Trade(entered);
        }
        List<TradeRecord> trades = ledger.tradesByReference(reference);
        if (trades.size() > 1) {
            return new Found.Refused(Notice.of(
                    Notice.Kind.TRADE_AMBIGUOUS,
                    reference,
                    String.join(", ", trades.stream().map(TradeRecord::tradeId).toList())));
        }
        return new Found.Trade(trades.isEmpty() ? entered : trades.get(0).tradeId());
    }
}

package org.cleartrade.ui.operator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.operator.BinOverview;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ui.i18n.UiText;

/**
 * One bin as the bins screen shows it, already in words.
 *
 * @param flags short warnings (jam, tamper, mismatch, on hold, unreadable); empty when all is well
 * @param openable whether the ledger says the bin holds a phone, so opening it makes sense
 */
public record BinRow(
        int bin, String heading, String state, String trade, String hold, List<String> flags, boolean openable) {

    public BinRow {
        flags = List.copyOf(flags);
    }

    /** Whether anything about this bin needs the operator's attention. */
    public boolean alarming() {
        return !flags.isEmpty();
    }

    static BinRow of(BinOverview b, Instant now, UiText text) {
        List<String> flags = new ArrayList<>();
        String state;
        if (b.status().isEmpty()) {
            state = text.get("operator.bins.unreadable");
            flags.add(text.get("operator.flag.unreadable", b.problem()));
        } else {
            BinStatus s = b.status().get();
            state = String.join(
                    " · ",
                    text.get(s.occupied() ? "operator.bins.occupied" : "operator.bins.empty"),
                    text.get(s.doorClosed() ? "operator.bins.doorClosed" : "operator.bins.doorOpen"),
                    text.get(s.locked() ? "operator.bins.locked" : "operator.bins.unlocked"));
            if (s.jammed()) {
                flags.add(text.get("operator.flag.jam"));
            }
            if (s.tamper()) {
                flags.add(text.get("operator.flag.tamper"));
            }
        }
        if (b.mismatch()) {
            flags.add(text.get(b.trade().isPresent() ? "operator.flag.missing" : "operator.flag.unknown"));
        }
        String hold = b.holdUntil()
                .map(until -> text.get(
                        b.onHoldAt(now) ? "operator.bins.holdUntil" : "operator.bins.holdOver", text.dateTime(until)))
                .orElse("");
        if (b.onHoldAt(now)) {
            flags.add(text.get("operator.flag.onHold"));
        }
        String trade = b.trade()
                .map(t -> text.get("operator.bins.trade", t.tradeId(), t.manufacturer() + " " + t.model())
                        + b.certificateId()
                                .map(id -> " · " + text.get("operator.bins.certificate", id))
                                .orElse(""))
                .orElse(text.get("operator.bins.noTrade"));
        return new BinRow(
                b.bin(),
                text.get("operator.bins.bin", b.bin()),
                state,
                trade,
                hold,
                flags,
                b.trade().isPresent());
    }
}

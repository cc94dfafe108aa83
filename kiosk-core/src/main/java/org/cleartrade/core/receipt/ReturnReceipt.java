package org.cleartrade.core.receipt;

import java.util.Locale;
import java.util.Objects;
import org.cleartrade.ports.printer.Receipt;

/**
 * The slip for a phone that goes back to its seller: why, what to do about it, and the promise
 * that nothing was kept but anonymous counts.
 */
public final class ReturnReceipt {
    private final ReceiptCopy copy;

    public ReturnReceipt(ReceiptCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
    }

    public Receipt compose(ReturnSlip slip) {
        String reason = "return." + slip.reason().name().toLowerCase(Locale.ROOT);
        ReceiptLayout layout = new ReceiptLayout(copy).heading("return.title", slip.kioskId(), slip.at());
        layout.field("return.reference", slip.reference()).field("issued", copy.time(slip.at()));
        if (!slip.device().isBlank()) {
            layout.text(slip.device());
        }
        return layout.rule()
                .section(reason)
                .text(copy.text(reason + ".why"))
                .feed(1)
                .section("return.next")
                .text(copy.text(reason + ".next"))
                .rule()
                .text(copy.text("return.kept"))
                .build(copy.text("return.title") + " " + slip.reference());
    }
}

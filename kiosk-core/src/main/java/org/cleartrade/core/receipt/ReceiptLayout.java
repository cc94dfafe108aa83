package org.cleartrade.core.receipt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.ports.printer.ReceiptBlock.Align;

/**
 * The house layout of every ClearTrade slip, block by block: brand heading, a bold section title,
 * label/value fields in two columns, rules between sections, a centred QR with its caption.
 * Keeps the four receipts looking alike. Not thread-safe; one per receipt.
 */
final class ReceiptLayout {
    private final List<ReceiptBlock> blocks = new ArrayList<>();
    private final ReceiptCopy copy;

    ReceiptLayout(ReceiptCopy copy) {
        this.copy = copy;
    }

    /** Brand, document title, where it was printed and the zone of its times. */
    ReceiptLayout heading(String titleKey, String kioskId, Instant at) {
        blocks.add(new ReceiptBlock.Text(copy.text("brand"), Align.CENTER, true, 2));
        blocks.add(new ReceiptBlock.Text(copy.text(titleKey), Align.CENTER, true, 1));
        blocks.add(new ReceiptBlock.Text(copy.text("kiosk", kioskId), Align.CENTER, false, 1));
        blocks.add(new ReceiptBlock.Text(copy.zone(at), Align.CENTER, false, 1));
        return rule();
    }

    ReceiptLayout section(String titleKey) {
        blocks.add(new ReceiptBlock.Text(copy.text(titleKey), Align.LEFT, true, 1));
        return this;
    }

    ReceiptLayout field(String labelKey, String value) {
        blocks.add(new ReceiptBlock.Columns(copy.text(labelKey), value, false));
        return this;
    }

    ReceiptLayout columns(String left, String right, boolean bold) {
        blocks.add(new ReceiptBlock.Columns(left, right, bold));
        return this;
    }

    /** A label and a long value as one wrapped paragraph: "Method: Factory reset (…)". */
    ReceiptLayout paragraph(String labelKey, String value) {
        blocks.add(ReceiptBlock.Text.plain(copy.text("labelled", copy.text(labelKey), value)));
        return this;
    }

    ReceiptLayout text(String text) {
        blocks.add(ReceiptBlock.Text.plain(text));
        return this;
    }

    ReceiptLayout emphasis(String text, Align align, int scale) {
        blocks.add(new ReceiptBlock.Text(text, align, true, scale));
        return this;
    }

    ReceiptLayout centered(String text) {
        blocks.add(new ReceiptBlock.Text(text, Align.CENTER, false, 1));
        return this;
    }

    ReceiptLayout qr(String payload, String captionKey) {
        blocks.add(new ReceiptBlock.Qr(payload));
        return centered(copy.text(captionKey));
    }

    ReceiptLayout rule() {
        blocks.add(new ReceiptBlock.Rule());
        return this;
    }

    ReceiptLayout feed(int lines) {
        blocks.add(new ReceiptBlock.Feed(lines));
        return this;
    }

    Receipt build(String title) {
        return new Receipt(title, blocks);
    }
}

package org.cleartrade.core.receipt;

import java.util.Objects;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock.Align;

/**
 * The payout voucher, printed only after the phone is locked in its bin: the amount large, the
 * single-use signed QR, and until when it can be redeemed.
 */
public final class VoucherReceipt {
    private final ReceiptCopy copy;

    public VoucherReceipt(ReceiptCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
    }

    public Receipt compose(VoucherSlip slip) {
        ReceiptLayout layout = new ReceiptLayout(copy).heading("voucher.title", slip.kioskId(), slip.issuedAt());
        layout.centered(copy.text("voucher.amount"))
                .emphasis(copy.money(slip.amount()), Align.CENTER, 2)
                .feed(1)
                .field("voucher.expires", copy.time(slip.expiresAt()))
                .field("issued", copy.time(slip.issuedAt()))
                .field("trade.id", slip.tradeId())
                .text(slip.device());
        slip.bin().ifPresent(bin -> layout.field("voucher.bin", Integer.toString(bin)));
        return layout.rule()
                .qr(slip.qrPayload(), "voucher.qr")
                .centered(slip.voucherId())
                .feed(1)
                .text(copy.text("voucher.once"))
                .build(copy.text("voucher.title") + " " + slip.tradeId());
    }
}

package org.cleartrade.core.session;

import java.util.Objects;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.printer.ReceiptPrinter;
import org.cleartrade.pricing.quote.Quoter;

/** Everything outside the machine that a session reaches, wired once by the composition root. */
public record SessionPorts(
        Ledger ledger,
        PhoneDock dock,
        BinLatch latch,
        ReceiptPrinter printer,
        BlockList blockList,
        Quoter quoter,
        Certifier certifier,
        VoucherSigner vouchers,
        ReceiptComposer receipts,
        OnScreenReceipts screenReceipts) {

    public SessionPorts {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(dock, "dock");
        Objects.requireNonNull(latch, "latch");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(blockList, "blockList");
        Objects.requireNonNull(quoter, "quoter");
        Objects.requireNonNull(certifier, "certifier");
        Objects.requireNonNull(vouchers, "vouchers");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(screenReceipts, "screenReceipts");
    }
}

package org.cleartrade.core.receipt;

import java.util.Objects;
import org.cleartrade.core.operator.CustodyManifest;
import org.cleartrade.core.operator.ManifestPrinter;
import org.cleartrade.core.operator.ManifestSigner;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * The operator console's manifest printer: lays out the signed custody manifest and prints it.
 * A printer fault propagates as {@code PrinterException} for the console to report.
 */
public final class PrintedManifests implements ManifestPrinter {
    private final ReceiptPrinter printer;
    private final CustodyManifestReceipt layout;

    public PrintedManifests(ReceiptPrinter printer, ReceiptCopy copy) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.layout = new CustodyManifestReceipt(copy);
    }

    @Override
    public void print(CustodyManifest manifest, ManifestSigner.Signature signature) {
        printer.print(layout.compose(manifest, signature));
    }
}

package org.cleartrade.deviceio.printer;

import java.util.List;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.ports.printer.ReceiptBlock.Align;

/** A receipt that exercises every block a printer must render: CJK and accented text, columns, a QR. */
public final class SampleReceipt {
    /** What the sample's QR code holds. */
    public static final String PAYLOAD = "CT1.eyJ0IjoiVFItMjAyNi0wMDQyIn0.MEUCIQDx7f3k9a0Jq";

    private SampleReceipt() {}

    public static Receipt withQr() {
        return new Receipt(
                "sample",
                List.of(
                        new ReceiptBlock.Text("ClearTrade", Align.CENTER, true, 2),
                        new ReceiptBlock.Text("数据擦除证书 Erasure certificate", Align.CENTER, true, 1),
                        new ReceiptBlock.Rule(),
                        new ReceiptBlock.Columns("Pixel 7 128 GB", "€ 182,50", false),
                        new ReceiptBlock.Columns("基础价格", "¥1,280.00", true),
                        ReceiptBlock.Text.plain("Señal de verificación: ¿todo borrado? Sí, verificado."),
                        new ReceiptBlock.Qr(PAYLOAD),
                        new ReceiptBlock.Feed(1)));
    }
}

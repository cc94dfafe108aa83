package org.cleartrade.deviceio.printer;

import java.util.Objects;

/**
 * How receipts are encoded for one printer model.
 *
 * @param paper paper width
 * @param nativeCjk the printer has a GB18030 font: Chinese goes as text in {@code FS &} mode;
 *     otherwise Chinese lines are rasterized here and sent as {@code GS v 0}
 * @param nativeQr the printer draws QR codes itself ({@code GS ( k}); otherwise the symbol is
 *     rasterized here with ZXing and sent as {@code GS v 0}
 */
public record EscPosOptions(PaperWidth paper, boolean nativeCjk, boolean nativeQr) {
    public EscPosOptions {
        Objects.requireNonNull(paper, "paper");
    }

    /** An 80 mm printer with a Chinese font and native QR, such as the TM-T88 series (China). */
    public static EscPosOptions native80() {
        return new EscPosOptions(PaperWidth.MM80, true, true);
    }
}

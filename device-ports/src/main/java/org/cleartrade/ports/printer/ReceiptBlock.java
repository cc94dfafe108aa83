package org.cleartrade.ports.printer;

/** One block of a {@link Receipt}, printed top to bottom. */
public sealed interface ReceiptBlock {

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A paragraph of text in any script; the encoder picks a code page or rasterizes it. */
    record Text(String text, Align align, boolean bold, int scale) implements ReceiptBlock {
        public Text {
            if (scale < 1 || scale > 8) {
                throw new IllegalArgumentException("scale must be 1..8, was " + scale);
            }
        }

        public static Text plain(String text) {
            return new Text(text, Align.LEFT, false, 1);
        }
    }

    /** Two columns on one line, such as a label and an amount. */
    record Columns(String left, String right, boolean bold) implements ReceiptBlock {}

    /** A QR code (model 2, ECC M) of the given payload. */
    record Qr(String payload) implements ReceiptBlock {}

    /** A horizontal rule across the paper. */
    record Rule() implements ReceiptBlock {}

    /** Blank lines. */
    record Feed(int lines) implements ReceiptBlock {}

    /** A 1-bit picture such as the brand logo, printed at 203 dpi (8 dots per mm). */
    record Image(MonoBitmap bitmap, Align align) implements ReceiptBlock {}
}

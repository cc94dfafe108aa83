package org.cleartrade.deviceio.printer;

/** One character cell as the print head burns it: a code point with its print modes. */
record Glyph(int codePoint, boolean bold, int underline, int scaleX, int scaleY) implements LineItem {

    /** Cell width in dots: 12 for half-width, 24 for full-width characters, times the scale. */
    @Override
    public int width() {
        return (PrinterFont.isWide(codePoint) ? 2 : 1) * PaperWidth.FONT_A_WIDTH * scaleX;
    }

    @Override
    public int height() {
        return PaperWidth.FONT_A_HEIGHT * scaleY;
    }
}

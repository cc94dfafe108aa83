package org.cleartrade.deviceio.printer;

/** Something in the printer's line buffer: a character or an inline bit image. */
sealed interface LineItem permits Glyph, InlineImage {

    /** Width in dots. */
    int width();

    /** Height in dots; the line is as tall as its tallest item. */
    int height();
}

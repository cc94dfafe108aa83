package org.cleartrade.deviceio.printer;

import org.cleartrade.ports.printer.MonoBitmap;

/** An {@code ESC *} bit image in the line buffer, printed on the line's baseline like a character. */
record InlineImage(MonoBitmap bitmap, int scaleX) implements LineItem {

    @Override
    public int width() {
        return bitmap.width() * scaleX;
    }

    @Override
    public int height() {
        return bitmap.height();
    }
}

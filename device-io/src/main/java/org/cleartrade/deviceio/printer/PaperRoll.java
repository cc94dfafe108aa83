package org.cleartrade.deviceio.printer;

import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ports.printer.MonoBitmap;

/**
 * The paper coming out of the virtual print head: dot rows appended top to bottom, cut into
 * receipts. Rows are {@link PaperWidth#dots()} wide. Not thread-safe; its owner serialises access.
 */
final class PaperRoll {
    private final int width;
    private final int rowBytes;
    private final List<byte[]> rows = new ArrayList<>();
    private long totalRows;

    PaperRoll(PaperWidth paper) {
        this.width = paper.dots();
        this.rowBytes = MonoBitmap.rowBytes(width);
    }

    int width() {
        return width;
    }

    /** Rows printed or fed since the roll was loaded, including those already cut off. */
    long totalRows() {
        return totalRows;
    }

    /** Whether anything has been printed or fed since the last cut. */
    boolean hasUncutPaper() {
        return !rows.isEmpty();
    }

    /** Prints a bitmap with its left edge at {@code x}; dots beyond the print area are lost. */
    void print(MonoBitmap bitmap, int x, int scaleX, int scaleY) {
        for (int y = 0; y < bitmap.height(); y++) {
            byte[] row = new byte[rowBytes];
            for (int bx = 0; bx < bitmap.width(); bx++) {
                if (bitmap.dot(bx, y)) {
                    for (int s = 0; s < scaleX; s++) {
                        set(row, x + bx * scaleX + s);
                    }
                }
            }
            for (int s = 0; s < scaleY; s++) {
                rows.add(s == 0 ? row : row.clone());
                totalRows++;
            }
        }
    }

    void feed(int dots) {
        for (int i = 0; i < dots; i++) {
            rows.add(new byte[rowBytes]);
            totalRows++;
        }
    }

    /** The paper since the last cut, without cutting it. */
    MonoBitmap uncut() {
        return snapshot();
    }

    /** Cuts the paper and returns the receipt that came off. */
    MonoBitmap cut() {
        MonoBitmap receipt = snapshot();
        rows.clear();
        return receipt;
    }

    private MonoBitmap snapshot() {
        int height = Math.max(1, rows.size());
        byte[] data = new byte[rowBytes * height];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * rowBytes, rowBytes);
        }
        return new MonoBitmap(width, height, data);
    }

    private void set(byte[] row, int x) {
        if (x >= 0 && x < width) {
            row[x / 8] |= (byte) (0x80 >>> (x % 8));
        }
    }
}

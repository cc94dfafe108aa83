package org.cleartrade.deviceio.printer;

import java.io.ByteArrayOutputStream;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * Appends ESC/POS commands to a byte buffer, one method per command, with the byte layout in
 * each method's comment. Validates arguments so that it never writes a command a printer would
 * refuse. Not thread-safe.
 */
public final class EscPosWriter {
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public int size() {
        return out.size();
    }

    /** {@code ESC @}. */
    public EscPosWriter initialize() {
        return bytes(ESC, '@');
    }

    /** {@code ESC t n}. */
    public EscPosWriter codeTable(CodeTable table) {
        return bytes(ESC, 't', table.number());
    }

    /** {@code ESC a n}: 0 left, 1 centre, 2 right. */
    public EscPosWriter align(ReceiptBlock.Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    /** {@code ESC E n}. */
    public EscPosWriter emphasis(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS ! n}: width multiplier in the high nibble, height in the low, both 1..8. */
    public EscPosWriter size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size must be 1..8 each way, was " + width + "×" + height);
        }
        return bytes(GS, '!', (width - 1) << 4 | (height - 1));
    }

    /** {@code FS &} on, {@code FS .} off. */
    public EscPosWriter chinese(boolean on) {
        return bytes(FS, on ? '&' : '.');
    }

    /** Raw text bytes, already in the selected code table. */
    public EscPosWriter text(byte[] text) {
        out.writeBytes(text);
        return this;
    }

    /** {@code LF}. */
    public EscPosWriter lineFeed() {
        return bytes(0x0A);
    }

    /** {@code ESC d n}. */
    public EscPosWriter feedLines(int lines) {
        return bytes(ESC, 'd', checkByte(lines, "lines"));
    }

    /** {@code ESC J n}. */
    public EscPosWriter feedDots(int dots) {
        return bytes(ESC, 'J', checkByte(dots, "dots"));
    }

    /**
     * {@code GS v 0 0 xL xH yL yH d…}, split into bands of at most 4095 rows (the command's
     * limit) when the bitmap is taller.
     */
    public EscPosWriter raster(MonoBitmap bitmap) {
        return raster(bitmap, false);
    }

    /**
     * {@code GS v 0} with mode 3 when {@code doubled}: the printer prints every dot 2 × 2, so a
     * picture made of 2-dot squares (a QR code) travels in a quarter of the bytes.
     */
    public EscPosWriter raster(MonoBitmap bitmap, boolean doubled) {
        if (bitmap.rowBytes() > 128) {
            throw new IllegalArgumentException("raster rows are at most 128 bytes, was " + bitmap.rowBytes());
        }
        byte[] data = bitmap.data();
        for (int top = 0; top < bitmap.height(); top += 4095) {
            int rows = Math.min(4095, bitmap.height() - top);
            int x = bitmap.rowBytes();
            bytes(GS, 'v', '0', doubled ? 3 : 0, x & 0xFF, x >> 8, rows & 0xFF, rows >> 8);
            out.write(data, top * x, rows * x);
        }
        return this;
    }

    /**
     * {@code ESC * 33 nL nH d…}: a bit image 24 dots high placed in the line buffer like text;
     * each column is 3 bytes, top dot in the high bit.
     */
    public EscPosWriter bitImage24(MonoBitmap bitmap) {
        if (bitmap.height() != 24 || bitmap.width() > 1024) {
            throw new IllegalArgumentException(
                    "ESC * needs a bitmap 24 dots high and at most 1024 wide, was " + bitmap);
        }
        int n = bitmap.width();
        bytes(ESC, '*', 33, n & 0xFF, n >> 8);
        for (int x = 0; x < n; x++) {
            for (int band = 0; band < 3; band++) {
                int b = 0;
                for (int bit = 0; bit < 8; bit++) {
                    if (bitmap.dot(x, band * 8 + bit)) {
                        b |= 0x80 >>> bit;
                    }
                }
                out.write(b);
            }
        }
        return this;
    }

    /** {@code GS ( k 04 00 31 41 32 00}: QR model 2. */
    public EscPosWriter qrModel2() {
        return bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0);
    }

    /** {@code GS ( k 03 00 31 43 n}: module size 1..16 dots. */
    public EscPosWriter qrModuleSize(int dots) {
        if (dots < 1 || dots > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, was " + dots);
        }
        return bytes(GS, '(', 'k', 3, 0, 49, 67, dots);
    }

    /** {@code GS ( k 03 00 31 45 n}: 48 L, 49 M, 50 Q, 51 H. */
    public EscPosWriter qrErrorCorrection(int level) {
        QrSymbols.level(level);
        return bytes(GS, '(', 'k', 3, 0, 49, 69, level);
    }

    /** {@code GS ( k pL pH 31 50 30 d…}: store the symbol data, 1..7089 bytes. */
    public EscPosWriter qrStore(byte[] data) {
        if (data.length < 1 || data.length > 7089) {
            throw new IllegalArgumentException("QR data must be 1..7089 bytes, was " + data.length);
        }
        int length = data.length + 3;
        bytes(GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48);
        out.writeBytes(data);
        return this;
    }

    /** {@code GS ( k 03 00 31 51 30}: print the stored symbol. */
    public EscPosWriter qrPrint() {
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48);
    }

    /** {@code GS V 66 n} (partial) or {@code GS V 65 n} (full): feed n dots, then cut. */
    public EscPosWriter cut(boolean partial, int feedDots) {
        return bytes(GS, 'V', partial ? 66 : 65, checkByte(feedDots, "feed dots"));
    }

    /** {@code DLE EOT n}. */
    public EscPosWriter statusRequest(int function) {
        if (function < 1 || function > 4) {
            throw new IllegalArgumentException("DLE EOT function must be 1..4, was " + function);
        }
        return bytes(DLE, 0x04, function);
    }

    private static int checkByte(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be 0..255, was " + value);
        }
        return value;
    }

    private EscPosWriter bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }
}

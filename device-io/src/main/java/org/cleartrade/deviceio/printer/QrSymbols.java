package org.cleartrade.deviceio.printer;

import org.cleartrade.ports.printer.MonoBitmap;

/**
 * QR model 2 symbols as dots, through {@link QrEncoder}: what a printer's {@code GS ( k} firmware
 * prints, and what the raster fallback sends as {@code GS v 0}. No quiet zone is drawn, as on a
 * printer; the encoder leaves blank paper around the symbol.
 */
final class QrSymbols {

    /** ESC/POS level byte (48 L, 49 M, 50 Q, 51 H) to the encoder's level. */
    static QrEncoder.Level level(int escPosLevel) {
        return switch (escPosLevel) {
            case 48 -> QrEncoder.Level.L;
            case 49 -> QrEncoder.Level.M;
            case 50 -> QrEncoder.Level.Q;
            case 51 -> QrEncoder.Level.H;
            default -> throw new IllegalArgumentException("QR error correction must be 48..51, was " + escPosLevel);
        };
    }

    /** Modules per side of the symbol the payload needs at this level. */
    int modules(byte[] data, int escPosLevel) {
        QrEncoder.Level level = level(escPosLevel);
        try {
            return QrEncoder.size(QrEncoder.version(data, level));
        } catch (IllegalArgumentException e) {
            throw refused(data, e);
        }
    }

    MonoBitmap encode(byte[] data, int escPosLevel, int moduleDots) {
        QrEncoder.Level level = level(escPosLevel);
        boolean[][] matrix;
        try {
            matrix = QrEncoder.encode(data, level);
        } catch (IllegalArgumentException e) {
            throw refused(data, e);
        }
        int side = matrix.length * moduleDots;
        int rowBytes = MonoBitmap.rowBytes(side);
        byte[] bits = new byte[rowBytes * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (matrix[y / moduleDots][x / moduleDots]) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new MonoBitmap(side, side, bits);
    }

    private static EscPosProtocolException refused(byte[] data, IllegalArgumentException e) {
        return new EscPosProtocolException("refused QR data of " + data.length + " bytes: " + e.getMessage());
    }
}

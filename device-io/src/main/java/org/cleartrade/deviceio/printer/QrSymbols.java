package org.cleartrade.deviceio.printer;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import org.cleartrade.ports.printer.MonoBitmap;

/**
 * QR model 2 symbols as dots, through ZXing's encoder: what a printer's {@code GS ( k} firmware
 * prints, and what the raster fallback sends as {@code GS v 0}. No quiet zone is drawn, as on a
 * printer; the encoder leaves blank paper around the symbol.
 */
final class QrSymbols {

    /** ESC/POS level byte (48 L, 49 M, 50 Q, 51 H) to ZXing's level. */
    static ErrorCorrectionLevel level(int escPosLevel) {
        return switch (escPosLevel) {
            case 48 -> ErrorCorrectionLevel.L;
            case 49 -> ErrorCorrectionLevel.M;
            case 50 -> ErrorCorrectionLevel.Q;
            case 51 -> ErrorCorrectionLevel.H;
            default -> throw new IllegalArgumentException("QR error correction must be 48..51, was " + escPosLevel);
        };
    }

    /** Modules per side of the symbol the payload needs at this level. */
    int modules(byte[] data, int escPosLevel) {
        return matrix(data, escPosLevel).getWidth();
    }

    MonoBitmap encode(byte[] data, int escPosLevel, int moduleDots) {
        ByteMatrix matrix = matrix(data, escPosLevel);
        int side = matrix.getWidth() * moduleDots;
        int rowBytes = MonoBitmap.rowBytes(side);
        byte[] bits = new byte[rowBytes * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (matrix.get(x / moduleDots, y / moduleDots) == 1) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new MonoBitmap(side, side, bits);
    }

    private ByteMatrix matrix(byte[] data, int escPosLevel) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        try {
            // No character-set hint: byte mode defaults to ISO-8859-1 without an ECI header, which
            // is how printer firmware stores raw bytes.
            QRCode code = Encoder.encode(text, level(escPosLevel));
            return code.getMatrix();
        } catch (WriterException e) {
            throw new EscPosProtocolException("refused QR data of " + data.length + " bytes: " + e.getMessage());
        }
    }
}

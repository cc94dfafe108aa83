package org.cleartrade.core.certificate;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/** The QR symbol version ZXing's encoder picks for a payload text at error correction M. */
public final class QrVersion {

    /** The largest version a receipt prints legibly at 203 dpi. */
    public static final int MAX_PRINTABLE = 10;

    private QrVersion() {}

    public static int of(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getVersionNumber();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit any QR version: " + e.getMessage(), e);
        }
    }

    /** Throws when {@code text} needs a QR larger than {@link #MAX_PRINTABLE}. */
    public static String requirePrintable(String text) {
        int version = of(text);
        if (version > MAX_PRINTABLE) {
            throw new IllegalArgumentException(
                    "the payload needs QR version " + version + ", more than " + MAX_PRINTABLE + " at ECC M");
        }
        return text;
    }
}

package org.cleartrade.core.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The QR symbol version a payload text needs at error correction M, encoded as one segment in the
 * densest mode that holds all of it: numeric for digits only, alphanumeric for the 45 characters
 * {@code 0-9 A-Z space $ % * + - . / :} (a bare {@code CT:} payload is Base45, so alphanumeric),
 * otherwise 8-bit bytes in ISO-8859-1 (a verification link, with its lower-case {@code https://}).
 * That is how ZXing's encoder writes a code without hints, and how a printer's firmware stores one;
 * the {@code codes} module's tests hold this class to ZXing's answer for every length that fits.
 *
 * <p>Computed from ISO/IEC 18004's capacity table rather than by encoding the symbol, so that the
 * certificate and link rules need no barcode library (docs/decisions/0503).
 *
 * <pre>
 * bits = 4 (mode) + count (by mode and version group) + data
 *   numeric:      count 10 | 12 | 14 bits, data 10 bits per 3 digits, 7 for 2, 4 for 1
 *   alphanumeric: count  9 | 11 | 13 bits, data 11 bits per 2 characters, 6 for 1
 *   byte:         count  8 | 16 | 16 bits, data 8 bits per byte
 *   (version groups 1-9 | 10-26 | 27-40)
 * version = the smallest whose data codewords at M hold ceil(bits / 8)
 * </pre>
 */
public final class QrVersion {

    /** The largest version a receipt prints legibly at 203 dpi. */
    public static final int MAX_PRINTABLE = 10;

    /** The largest version there is. */
    public static final int MAX = 40;

    /** Data codewords (8 bits each) of versions 1 to 40 at error correction M: ISO/IEC 18004, table 7. */
    private static final int[] DATA_CODEWORDS_M = {
        16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669, 714, 782, 860,
        914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102, 2216, 2334
    };

    private static final String ALPHANUMERIC_SET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private QrVersion() {}

    /**
     * The version {@code text} needs at error correction M.
     *
     * @throws IllegalArgumentException when it does not fit version {@value #MAX}
     */
    public static int of(String text) {
        Mode mode = Mode.of(text);
        int count = mode == Mode.BYTE ? text.getBytes(StandardCharsets.ISO_8859_1).length : text.length();
        int dataBits = mode.dataBits(count);
        for (int version = 1; version <= MAX; version++) {
            int bits = 4 + mode.countBits(version) + dataBits;
            if ((bits + 7) / 8 <= DATA_CODEWORDS_M[version - 1]) {
                return version;
            }
        }
        throw new IllegalArgumentException("the text does not fit any QR version: " + count + " characters in "
                + mode.name().toLowerCase(Locale.ROOT) + " mode");
    }

    /** Modules on a side of a symbol of {@code version}. */
    public static int modules(int version) {
        if (version < 1 || version > MAX) {
            throw new IllegalArgumentException("a QR version is 1 to " + MAX + ", not " + version);
        }
        return 17 + 4 * version;
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

    private enum Mode {
        NUMERIC(10, 12, 14),
        ALPHANUMERIC(9, 11, 13),
        BYTE(8, 16, 16);

        private final int[] countBits;

        Mode(int... countBits) {
            this.countBits = countBits;
        }

        /** Numeric for digits only, alphanumeric when every character is in that set, else byte. */
        static Mode of(String text) {
            boolean letters = false;
            boolean digits = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits = true;
                } else if (ALPHANUMERIC_SET.indexOf(c) >= 0) {
                    letters = true;
                } else {
                    return BYTE;
                }
            }
            return letters ? ALPHANUMERIC : digits ? NUMERIC : BYTE;
        }

        int countBits(int version) {
            return countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2];
        }

        int dataBits(int count) {
            return switch (this) {
                case NUMERIC -> count / 3 * 10 + new int[] {0, 4, 7}[count % 3];
                case ALPHANUMERIC -> count / 2 * 11 + count % 2 * 6;
                case BYTE -> count * 8;
            };
        }
    }
}

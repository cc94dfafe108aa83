package org.cleartrade.deviceio.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * QR code model 2 (ISO/IEC 18004) from bytes, as a printer's {@code GS ( k} firmware builds it: the
 * whole payload in one segment (numeric when it is all digits, alphanumeric when every byte is in
 * the 45-character set, otherwise bytes, without an ECI header), the smallest version 1–40 that
 * holds it at the level asked for, and of the eight masks the one with the lowest penalty.
 *
 * <p>Steps: the bit stream (mode, character count, data, terminator, pad bytes); Reed–Solomon
 * error correction per block over GF(256) with polynomial {@code 0x11D}, blocks interleaved; then
 * for each mask the symbol ({@link QrMatrix}) and its penalty ({@link MaskPenalty}), keeping the
 * first with the lowest. The result is module for module what ZXing's encoder draws
 * ({@code QrEncoderTest}).
 */
final class QrEncoder {

    /** Error correction levels in the order of the tables below; the format bits of each. */
    enum Level {
        L(1),
        M(0),
        Q(3),
        H(2);

        final int formatBits;

        Level(int formatBits) {
            this.formatBits = formatBits;
        }
    }

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    // Per level (L, M, Q, H) and version (index 0 unused): error correction codewords per block.
    private static final int[][] ECC_PER_BLOCK = {
        {
            -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
        },
        {
            -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28
        },
        {
            -1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
        },
        {
            -1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
        }
    };

    // Per level (L, M, Q, H) and version (index 0 unused): error correction blocks.
    private static final int[][] BLOCKS = {
        {
            -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17,
            18, 19, 19, 20, 21, 22, 24, 25
        },
        {
            -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
            29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49
        },
        {
            -1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38,
            40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68
        },
        {
            -1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42,
            45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81
        }
    };

    private enum Mode {
        NUMERIC(1, 10, 12, 14),
        ALPHANUMERIC(2, 9, 11, 13),
        BYTE(4, 8, 16, 16);

        final int indicator;
        private final int[] countBits;

        Mode(int indicator, int... countBits) {
            this.indicator = indicator;
            this.countBits = countBits;
        }

        int countBits(int version) {
            return countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2];
        }
    }

    private QrEncoder() {}

    /**
     * The symbol's modules, {@code [y][x]}, {@code true} for dark; no quiet zone.
     *
     * @throws IllegalArgumentException when no version holds the data at this level
     */
    static boolean[][] encode(byte[] data, Level level) {
        Mode mode = modeOf(data);
        int version = versionFor(data.length, dataBits(mode, data.length), mode, level);
        byte[] codewords = interleave(dataCodewords(data, mode, version, level), version, level);
        QrMatrix best = null;
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < 8; mask++) {
            QrMatrix symbol = new QrMatrix(version, level, mask, codewords);
            int penalty = MaskPenalty.of(symbol.dark);
            if (penalty < bestPenalty) {
                best = symbol;
                bestPenalty = penalty;
            }
        }
        return best.dark;
    }

    /**
     * The version {@link #encode} chooses.
     *
     * @throws IllegalArgumentException when no version holds the data at this level
     */
    static int version(byte[] data, Level level) {
        Mode mode = modeOf(data);
        return versionFor(data.length, dataBits(mode, data.length), mode, level);
    }

    private static Mode modeOf(byte[] data) {
        boolean digits = true;
        for (byte b : data) {
            if (ALPHANUMERIC.indexOf(b & 0xFF) < 0) {
                return Mode.BYTE;
            }
            digits &= b >= '0' && b <= '9';
        }
        return digits && data.length > 0 ? Mode.NUMERIC : data.length > 0 ? Mode.ALPHANUMERIC : Mode.BYTE;
    }

    private static int dataBits(Mode mode, int length) {
        return switch (mode) {
            case NUMERIC -> length / 3 * 10 + new int[] {0, 4, 7}[length % 3];
            case ALPHANUMERIC -> length / 2 * 11 + length % 2 * 6;
            case BYTE -> length * 8;
        };
    }

    private static int versionFor(int length, int dataBits, Mode mode, Level level) {
        for (int version = 1; version <= 40; version++) {
            int countBits = mode.countBits(version);
            boolean countFits = length < (1 << countBits);
            if (countFits && 4 + countBits + dataBits <= dataCodewordCount(version, level) * 8) {
                return version;
            }
        }
        throw new IllegalArgumentException(
                "a QR code holds at most 2953 bytes (level L); " + length + " bytes at level " + level + " do not fit");
    }

    static int size(int version) {
        return 17 + 4 * version;
    }

    /** Modules left for codewords once the function patterns are drawn. */
    private static int rawDataModules(int version) {
        int modules = (16 * version + 128) * version + 64;
        if (version >= 2) {
            int align = version / 7 + 2;
            modules -= (25 * align - 10) * align - 55;
            if (version >= 7) {
                modules -= 36;
            }
        }
        return modules;
    }

    static int dataCodewordCount(int version, Level level) {
        int l = level.ordinal();
        return rawDataModules(version) / 8 - ECC_PER_BLOCK[l][version] * BLOCKS[l][version];
    }

    private static byte[] dataCodewords(byte[] data, Mode mode, int version, Level level) {
        Bits bits = new Bits();
        bits.append(mode.indicator, 4);
        bits.append(data.length, mode.countBits(version));
        switch (mode) {
            case NUMERIC -> {
                for (int i = 0; i < data.length; i += 3) {
                    int n = Math.min(3, data.length - i);
                    bits.append(Integer.parseInt(new String(data, i, n, StandardCharsets.US_ASCII)), n * 3 + 1);
                }
            }
            case ALPHANUMERIC -> {
                for (int i = 0; i < data.length; i += 2) {
                    int first = ALPHANUMERIC.indexOf(data[i]);
                    if (i + 1 < data.length) {
                        bits.append(first * 45 + ALPHANUMERIC.indexOf(data[i + 1]), 11);
                    } else {
                        bits.append(first, 6);
                    }
                }
            }
            case BYTE -> {
                for (byte b : data) {
                    bits.append(b & 0xFF, 8);
                }
            }
        }
        int capacity = dataCodewordCount(version, level) * 8;
        bits.append(0, Math.min(4, capacity - bits.length()));
        bits.append(0, (8 - bits.length() % 8) % 8);
        for (int pad = 0xEC; bits.length() < capacity; pad ^= 0xEC ^ 0x11) {
            bits.append(pad, 8);
        }
        return bits.toBytes();
    }

    /** Splits the data into blocks, appends each block's error correction, and interleaves them. */
    private static byte[] interleave(byte[] data, int version, Level level) {
        int blocks = BLOCKS[level.ordinal()][version];
        int eccLength = ECC_PER_BLOCK[level.ordinal()][version];
        int raw = rawDataModules(version) / 8;
        int shortBlocks = blocks - raw % blocks;
        int shortLength = raw / blocks;
        byte[] divisor = ReedSolomon.divisor(eccLength);
        byte[][] dataOf = new byte[blocks][];
        byte[][] eccOf = new byte[blocks][];
        for (int i = 0, k = 0; i < blocks; i++) {
            int length = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
            dataOf[i] = Arrays.copyOfRange(data, k, k + length);
            eccOf[i] = ReedSolomon.remainder(dataOf[i], divisor);
            k += length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw);
        for (int i = 0; i <= shortLength - eccLength; i++) {
            for (int j = 0; j < blocks; j++) {
                if (i < dataOf[j].length) {
                    out.write(dataOf[j][i]);
                }
            }
        }
        for (int i = 0; i < eccLength; i++) {
            for (int j = 0; j < blocks; j++) {
                out.write(eccOf[j][i]);
            }
        }
        return out.toByteArray();
    }

    /** A bit buffer, most significant bit first. */
    private static final class Bits {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int current;
        private int length;

        void append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                current = current << 1 | (value >>> i & 1);
                length++;
                if (length % 8 == 0) {
                    bytes.write(current);
                    current = 0;
                }
            }
        }

        int length() {
            return length;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Reed–Solomon over GF(256), polynomial {@code x^8 + x^4 + x^3 + x^2 + 1}, generator roots α^0…α^(n-1). */
    private static final class ReedSolomon {
        private ReedSolomon() {}

        static byte[] divisor(int degree) {
            byte[] result = new byte[degree];
            result[degree - 1] = 1;
            int root = 1;
            for (int i = 0; i < degree; i++) {
                for (int j = 0; j < degree; j++) {
                    result[j] = (byte) multiply(result[j] & 0xFF, root);
                    if (j + 1 < degree) {
                        result[j] ^= result[j + 1];
                    }
                }
                root = multiply(root, 0x02);
            }
            return result;
        }

        static byte[] remainder(byte[] data, byte[] divisor) {
            byte[] result = new byte[divisor.length];
            for (byte b : data) {
                int factor = (b ^ result[0]) & 0xFF;
                System.arraycopy(result, 1, result, 0, result.length - 1);
                result[result.length - 1] = 0;
                for (int i = 0; i < result.length; i++) {
                    result[i] ^= (byte) multiply(divisor[i] & 0xFF, factor);
                }
            }
            return result;
        }

        private static int multiply(int x, int y) {
            int z = 0;
            for (int i = 7; i >= 0; i--) {
                z = (z << 1) ^ ((z >>> 7) * 0x11D);
                z ^= ((y >>> i) & 1) * x;
            }
            return z;
        }
    }
}

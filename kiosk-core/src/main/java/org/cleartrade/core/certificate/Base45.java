package org.cleartrade.core.certificate;

/**
 * Base45 (RFC 9285): bytes as characters of the QR alphanumeric set, so a QR encoder packs them
 * at 5.5 bits per character. Decoding is strict: a character outside the alphabet, a lone last
 * character, or a triple or pair above its byte range is an {@link IllegalArgumentException}.
 */
final class Base45 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length / 2 * 3 + 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
            out.append(ALPHABET.charAt(n % 45))
                    .append(ALPHABET.charAt(n / 45 % 45))
                    .append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    static byte[] decode(String text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("Base45 text cannot be " + text.length() + " characters long");
        }
        byte[] out = new byte[text.length() / 3 * 2 + (text.length() % 3 == 2 ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < text.length(); i += 3) {
            if (i + 2 < text.length()) {
                int n = digit(text, i) + digit(text, i + 1) * 45 + digit(text, i + 2) * 2025;
                if (n > 0xffff) {
                    throw new IllegalArgumentException("Base45 group at " + i + " is out of range");
                }
                out[o++] = (byte) (n >> 8);
                out[o++] = (byte) n;
            } else {
                int n = digit(text, i) + digit(text, i + 1) * 45;
                if (n > 0xff) {
                    throw new IllegalArgumentException("Base45 last pair is out of range");
                }
                out[o++] = (byte) n;
            }
        }
        return out;
    }

    private static int digit(String text, int index) {
        int value = ALPHABET.indexOf(text.charAt(index));
        if (value < 0) {
            throw new IllegalArgumentException(
                    "character " + index + " ('" + text.charAt(index) + "') is not in the Base45 alphabet");
        }
        return value;
    }
}

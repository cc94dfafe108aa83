package org.cleartrade.core.certificate;

/**
 * Base45 (RFC 9285): bytes as characters of the QR alphanumeric set, so a QR encoder packs them
 * at 5.5 bits per character. The codec is Apache Commons Codec's, whose decoding is strict (decision
 * 0501): a character outside the alphabet, a lone last character, or a triple or pair above its
 * byte range is an {@link IllegalArgumentException}; {@code Base45Test} holds it to that.
 */
final class Base45 {

    /** The alphabet, in value order; the payload codec reads a last pair's value with it. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    /** Thread-safe; strict is its default and only decoding policy. */
    private static final org.apache.commons.codec.binary.Base45 CODEC = new org.apache.commons.codec.binary.Base45();

    private Base45() {}

    static String encode(byte[] bytes) {
        return CODEC.encodeToString(bytes);
    }

    static byte[] decode(String text) {
        return CODEC.decode(text);
    }
}

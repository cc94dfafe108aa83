package org.cleartrade.fleet.web;

import java.io.ByteArrayOutputStream;

/** Base45 (RFC 9285) both ways, to change one byte of a signed payload as an attacker would. */
final class Base45Bytes {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45Bytes() {}

    /** The payload with byte {@code index} (after the "CT:" prefix is decoded) XORed with 1. */
    static String flipByte(String payload, int index) {
        byte[] bytes = decode(payload.substring(3));
        bytes[index] ^= 1;
        return "CT:" + encode(bytes);
    }

    static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i += 3) {
            int n = ALPHABET.indexOf(text.charAt(i)) + ALPHABET.indexOf(text.charAt(i + 1)) * 45;
            if (i + 2 < text.length()) {
                n += ALPHABET.indexOf(text.charAt(i + 2)) * 45 * 45;
                out.write(n >> 8);
            }
            out.write(n & 0xff);
        }
        return out.toByteArray();
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 2) {
            int n = i + 1 < bytes.length ? (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff) : bytes[i] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45));
            if (i + 1 < bytes.length) {
                out.append(ALPHABET.charAt(n / 2025));
            }
        }
        return out.toString();
    }
}

package org.cleartrade.core.operator;

import java.util.Arrays;
import java.util.Base64;

/**
 * A stored PIN: PBKDF2-HMAC-SHA256 with its own salt and iteration count, so the cost can be
 * raised later without invalidating existing PINs.
 *
 * <p>Text form: {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    private static final String SCHEME = "pbkdf2-sha256";

    public PinHash {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, was " + iterations);
        }
        if (salt.length < 16) {
            throw new IllegalArgumentException("salt must be at least 16 bytes, was " + salt.length);
        }
        if (hash.length < 32) {
            throw new IllegalArgumentException("hash must be at least 32 bytes, was " + hash.length);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Parses the text form; the message of a bad value never echoes the hash. */
    public static PinHash parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " PIN hash");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new PinHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed " + SCHEME + " PIN hash", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash other
                && iterations == other.iterations
                && Arrays.equals(salt, other.salt)
                && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PinHash[" + SCHEME + ", iterations=" + iterations + "]";
    }
}

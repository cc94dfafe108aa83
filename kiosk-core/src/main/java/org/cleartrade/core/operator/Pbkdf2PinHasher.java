package org.cleartrade.core.operator;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks operator PINs with PBKDF2-HMAC-SHA256 from the JDK.
 *
 * <p>{@link #RECOMMENDED_ITERATIONS} follows OWASP's 2023 guidance for PBKDF2-HMAC-SHA256. A PIN
 * has little entropy, so the hash alone does not protect it: {@link PinLogin} adds lockout.
 */
public final class Pbkdf2PinHasher {

    public static final int RECOMMENDED_ITERATIONS = 600_000;
    public static final int MIN_PIN_LENGTH = 6;
    public static final int MAX_PIN_LENGTH = 12;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    public Pbkdf2PinHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, was " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** Hashes a new PIN with a fresh salt; refuses PINs that are too short or not all digits. */
    public PinHash hash(char[] pin) {
        requireWellFormed(pin);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Whether {@code pin} matches, compared in constant time. */
    public boolean matches(char[] pin, PinHash stored) {
        byte[] candidate = derive(pin, stored.salt(), stored.iterations());
        return MessageDigest.isEqual(candidate, stored.hash());
    }

    static void requireWellFormed(char[] pin) {
        if (pin.length < MIN_PIN_LENGTH || pin.length > MAX_PIN_LENGTH) {
            throw new IllegalArgumentException(
                    "a PIN has " + MIN_PIN_LENGTH + " to " + MAX_PIN_LENGTH + " digits, this one has " + pin.length);
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a PIN has digits only");
            }
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a PIN buffer once it is no longer needed. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}

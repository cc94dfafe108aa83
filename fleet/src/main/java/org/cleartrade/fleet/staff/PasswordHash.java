package org.cleartrade.fleet.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff passwords as PBKDF2-HMAC-SHA256 (the JDK's own, decision 1004), kept as {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH} with base64 salt (16 bytes) and hash (32 bytes), so that the
 * iteration count can rise later without invalidating stored passwords.
 */
public final class PasswordHash {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";

    private PasswordHash() {}

    public static String of(char[] password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return SCHEME + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} matches {@code stored}; compares in constant time. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalStateException("not a " + SCHEME + " hash");
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    /** A hash of nothing, checked when the name is unknown so that timing does not tell names apart. */
    static final String DECOY =
            SCHEME + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(new byte[16]) + "$"
                    + Base64.getEncoder().encodeToString(new byte[32]);

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}

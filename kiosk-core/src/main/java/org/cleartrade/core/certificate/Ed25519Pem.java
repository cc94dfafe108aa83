package org.cleartrade.core.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys as PEM text and their key ids.
 *
 * <p>Public keys are X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}), private keys
 * PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}): the forms {@code openssl pkey} reads and writes. A
 * key id is the first {@value #KEY_ID_BYTES} bytes of the SHA-256 of the public key's DER
 * encoding, written as 16 lowercase hex digits; every signed payload carries it.
 */
public final class Ed25519Pem {

    public static final int KEY_ID_BYTES = 8;

    private static final String PUBLIC = "PUBLIC KEY";
    private static final String PRIVATE = "PRIVATE KEY";

    private Ed25519Pem() {}

    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    static String privateKeyPem(PrivateKey key) {
        return pem(PRIVATE, key.getEncoded());
    }

    /** Reads an Ed25519 public key from PEM text, or throws {@link InvalidKeyFileException}. */
    public static PublicKey readPublicKey(String pemText) {
        byte[] der = der(PUBLIC, pemText);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyFileException("not an Ed25519 public key: " + e.getMessage());
        }
    }

    static PrivateKey readPrivateKey(String pemText) {
        byte[] der = der(PRIVATE, pemText);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause may quote key bytes: keep only its type.
            throw new InvalidKeyFileException(
                    "not an Ed25519 private key (" + e.getClass().getSimpleName() + ")");
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** The key id of {@code key}: 16 lowercase hex digits. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(keyIdBytes(key));
    }

    static byte[] keyIdBytes(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Arrays.copyOf(digest, KEY_ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String label, String pemText) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pemText.indexOf(begin);
        int to = pemText.indexOf(end);
        if (from < 0 || to < from) {
            throw new InvalidKeyFileException("no " + begin + " block");
        }
        String body = pemText.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyFileException("the " + label + " block is not Base64");
        }
    }
}

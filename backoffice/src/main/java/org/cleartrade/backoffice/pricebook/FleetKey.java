package org.cleartrade.backoffice.pricebook;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The fleet's Ed25519 public key, which every price book the kiosk accepts must be signed with.
 * Verification uses the JDK's own Ed25519 (Java 15+); no library is involved.
 */
public final class FleetKey {

    /** DER prefix of an X.509 SubjectPublicKeyInfo holding a raw 32-byte Ed25519 key. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PublicKey key;

    private FleetKey(PublicKey key) {
        this.key = key;
    }

    public static FleetKey of(PublicKey key) {
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("fleet key must be Ed25519, was " + key.getAlgorithm());
        }
        return new FleetKey(key);
    }

    /**
     * Reads a key as published: a PEM {@code PUBLIC KEY} block, the base64 of its DER
     * (SubjectPublicKeyInfo), or the base64 of the raw 32 key bytes.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static FleetKey parse(String text) {
        String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fleet key is not base64 or PEM", e);
        }
        if (bytes.length == 32) {
            byte[] spki = new byte[SPKI_PREFIX.length + 32];
            System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
            System.arraycopy(bytes, 0, spki, SPKI_PREFIX.length, 32);
            bytes = spki;
        }
        try {
            return of(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(bytes)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("fleet key is not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is this key's Ed25519 signature of exactly {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) {
        Objects.requireNonNull(data, "data");
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("fleet key was checked when it was read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks Ed25519 (Java 15 and later have it)", e);
        }
    }

    /** The key in base64 DER form, as {@link #parse} reads it. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    @Override
    public String toString() {
        return "FleetKey[" + toBase64() + "]";
    }
}

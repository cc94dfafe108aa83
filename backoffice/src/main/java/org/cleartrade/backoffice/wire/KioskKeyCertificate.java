package org.cleartrade.backoffice.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cleartrade.backoffice.pricebook.FleetKey;

/**
 * The fleet's statement that a public key is a kiosk's: anyone who holds only the fleet's public
 * key can check that a certificate or voucher signed by this key comes from an enrolled kiosk.
 *
 * <p>The signed text is five lines, each ended by a line feed, UTF-8, and the fleet's Ed25519
 * signature covers exactly those bytes (a web page verifies it with WebCrypto as it is):
 *
 * <pre>
 * cleartrade-kiosk-key-certificate/1
 * kiosk: MALL-07
 * key-id: 0123456789abcdef
 * public-key: base64 of the raw 32-byte Ed25519 public key
 * certified-at: 2026-12-04T17:00:00Z
 * </pre>
 *
 * The key id is the first 8 bytes of the SHA-256 of the key's X.509 encoding, in hex, as the QR
 * payloads name it.
 */
public record KioskKeyCertificate(String kioskId, String keyId, byte[] publicKey, Instant certifiedAt) {

    public static final String FORMAT = "cleartrade-kiosk-key-certificate/1";
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public KioskKeyCertificate {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(certifiedAt, "certifiedAt");
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        publicKey = publicKey.clone();
        if (!keyId.equals(keyIdOf(publicKey))) {
            throw new IllegalArgumentException("key id " + keyId + " does not belong to this public key");
        }
    }

    /** A certificate for {@code key}, its key id computed. */
    public static KioskKeyCertificate of(String kioskId, PublicKey key, Instant certifiedAt) {
        return new KioskKeyCertificate(kioskId, keyIdOf(rawKey(key)), rawKey(key), certifiedAt);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The signed text. */
    public String text() {
        return FORMAT + "\nkiosk: " + kioskId + "\nkey-id: " + keyId + "\npublic-key: "
                + Base64.getEncoder().encodeToString(publicKey) + "\ncertified-at: " + certifiedAt + "\n";
    }

    /** Reads a signed text back; the fields must be exactly those {@link #text} writes. */
    public static KioskKeyCertificate parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != 6 || !lines[0].equals(FORMAT) || !lines[5].isEmpty()) {
            throw new IllegalArgumentException("not a " + FORMAT + " text");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < 5; i++) {
            int colon = lines[i].indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not 'name: value'");
            }
            fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        if (!fields.keySet().equals(java.util.Set.of("kiosk", "key-id", "public-key", "certified-at"))) {
            throw new IllegalArgumentException("fields must be kiosk, key-id, public-key, certified-at");
        }
        try {
            KioskKeyCertificate certificate = new KioskKeyCertificate(
                    fields.get("kiosk"),
                    fields.get("key-id"),
                    Base64.getDecoder().decode(fields.get("public-key")),
                    Instant.parse(fields.get("certified-at")));
            if (!certificate.text().equals(text)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return certificate;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("certified-at is not an ISO-8601 instant", e);
        }
    }

    /** The fleet's signature of {@link #text}. */
    public byte[] sign(PrivateKey fleetKey) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(fleetKey);
            signer.update(text().getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with the fleet key: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is the fleet's signature of this certificate's text. */
    public boolean verifiedBy(FleetKey fleetKey, byte[] signature) {
        return fleetKey.verifies(text().getBytes(StandardCharsets.UTF_8), signature);
    }

    /** The certified key as a JDK key. */
    public PublicKey javaKey() {
        return javaKey(publicKey);
    }

    public static PublicKey javaKey(byte[] raw) {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** The raw 32 bytes of an Ed25519 public key. */
    public static byte[] rawKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != SPKI_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(encoded, SPKI_PREFIX.length), SPKI_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    /** The key id of a raw public key: as {@code Ed25519Pem.keyId} computes it from the X.509 form. */
    public static String keyIdOf(byte[] raw) {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
        return RequestSignature.sha256Hex(spki).substring(0, 16);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KioskKeyCertificate that && text().equals(that.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return "KioskKeyCertificate[" + kioskId + ", " + keyId + ", " + certifiedAt + "]";
    }
}

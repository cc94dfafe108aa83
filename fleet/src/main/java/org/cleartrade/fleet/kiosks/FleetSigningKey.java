package org.cleartrade.fleet.kiosks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.Set;
import org.cleartrade.backoffice.pricebook.FleetKey;
import org.cleartrade.backoffice.pricebook.PriceBookSealer;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;

/**
 * The fleet's Ed25519 key pair: it certifies kiosk keys and seals price books. Every instance of
 * the service reads the same private key file (PKCS#8 PEM, {@code openssl genpkey -algorithm
 * ed25519}); it must be readable by its owner only. The public half is what kiosks, verifiers and
 * web pages trust ({@code GET /v1/fleet-key}).
 */
public final class FleetSigningKey {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private FleetSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * Reads the key file, or makes a new key there when {@code createIfMissing} and there is none.
     *
     * @throws IllegalArgumentException naming the file when it is not an owner-only Ed25519 key
     */
    public static FleetSigningKey open(Path file, boolean createIfMissing) {
        try {
            if (!Files.exists(file)) {
                if (!createIfMissing) {
                    throw new IllegalArgumentException("--fleet-key: no key file " + file);
                }
                return create(file);
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IllegalArgumentException("--fleet-key: " + file + " is readable by others ("
                        + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
            }
            PrivateKey key = PriceBookSealer.privateKey(Files.readString(file, StandardCharsets.US_ASCII));
            return new FleetSigningKey(key, publicKeyOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fleet key " + file, e);
        }
    }

    private static FleetSigningKey create(Path file) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(
                file.toAbsolutePath().getParent(),
                "fleet-key",
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        Files.move(temporary, file);
        return new FleetSigningKey(pair.getPrivate(), pair.getPublic());
    }

    /**
     * Ed25519's public key follows from the private key's 32-byte seed. The JDK has no call for
     * it, but its key pair generator draws exactly that seed from the random source it is given.
     */
    private static PublicKey publicKeyOf(PrivateKey key) {
        try {
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            PublicKey derived = generator.generateKeyPair().getPublic();
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return factory.generatePublic(factory.getKeySpec(derived, EdECPublicKeySpec.class));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("--fleet-key: not a usable Ed25519 private key: " + e.getMessage(), e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public FleetKey publicKey() {
        return FleetKey.of(publicKey);
    }

    /** The raw 32 bytes of the public key, base64: what a web page imports into WebCrypto. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KioskKeyCertificate.rawKey(publicKey));
    }

    /** The public key as a PEM {@code PUBLIC KEY} block, as {@code backoffice.fleet-public-key} reads it. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A random source that hands out one given seed: how a key pair is rebuilt from its private key. */
    private static final class FixedSeed extends java.security.SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}

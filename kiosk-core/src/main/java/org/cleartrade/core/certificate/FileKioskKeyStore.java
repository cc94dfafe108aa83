package org.cleartrade.core.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kiosk's Ed25519 signing keys, kept in a directory only the kiosk's user can read.
 *
 * <p>Layout of {@code <data>/keys/} (directory mode {@code rwx------}):
 *
 * <pre>
 *   current              key id of the signing key           rw-------
 *   &lt;keyId&gt;.key.pem      PKCS#8 private key (current only)    rw-------
 *   &lt;keyId&gt;.pub.pem      X.509 public key (every key ever)    rw-------
 * </pre>
 *
 * <p>{@link #open} makes the first key pair on first start. {@link #rotate} writes a new pair,
 * switches {@code current} with an atomic rename, then deletes the old private key; the old public
 * key stays, so certificates signed earlier still verify. A crash at any point leaves either the
 * old or the new key current, and the next {@link #open} removes any private key that is not
 * current. A key file or directory that group or others can read is refused, as ssh does.
 *
 * <p>Key material is never logged; only key ids are. Threading: safe for concurrent use; {@link
 * #rotate} is serialized.
 */
public final class FileKioskKeyStore implements PayloadSigner {

    private static final System.Logger LOG = System.getLogger(FileKioskKeyStore.class.getName());
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final String CURRENT = "current";
    private static final String PRIVATE_SUFFIX = ".key.pem";
    private static final String PUBLIC_SUFFIX = ".pub.pem";

    private final Path directory;
    private final SecureRandom random;
    private volatile SigningKey current;

    private FileKioskKeyStore(Path directory, SecureRandom random, SigningKey current) {
        this.directory = directory;
        this.random = random;
        this.current = current;
    }

    /**
     * Opens the key store under {@code dataDirectory/keys}, creating it and a first key pair when
     * absent.
     *
     * @throws InvalidKeyFileException when a key file is unreadable, corrupt or not owner-only
     */
    public static FileKioskKeyStore open(Path dataDirectory, SecureRandom random) {
        Path directory = dataDirectory.resolve("keys");
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(dataDirectory);
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            moveUpFromNestedFolder(directory);
            requireOwnerOnly(directory, OWNER_DIR);
            Path currentFile = directory.resolve(CURRENT);
            SigningKey key;
            if (Files.exists(currentFile)) {
                key = load(
                        directory,
                        Files.readString(currentFile, StandardCharsets.US_ASCII).strip());
            } else {
                key = generate(directory, random);
                LOG.log(Level.INFO, "Created the kiosk signing key {0}", key.keyId);
            }
            FileKioskKeyStore store = new FileKioskKeyStore(directory, random, key);
            store.deleteRetiredPrivateKeys();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the kiosk key store " + directory, e);
        }
    }

    @Override
    public String keyId() {
        return current.keyId;
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(current.privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed with key " + current.keyId, e);
        }
    }

    /** The current public key. */
    public PublicKey publicKey() {
        return current.publicKey;
    }

    /**
     * Makes a new key pair current. The previous public key stays for verification; its private key
     * is deleted.
     */
    public synchronized void rotate() {
        SigningKey previous = current;
        try {
            current = generate(directory, random);
            deleteRetiredPrivateKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the kiosk key in " + directory, e);
        }
        LOG.log(Level.INFO, "Rotated the kiosk signing key from {0} to {1}", previous.keyId, current.keyId);
    }

    /** Every public key this kiosk has signed with, by key id. */
    public Map<String, PublicKey> publicKeys() {
        Map<String, PublicKey> keys = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + PUBLIC_SUFFIX)) {
            for (Path file : files) {
                PublicKey key = Ed25519Pem.readPublicKey(Files.readString(file, StandardCharsets.US_ASCII));
                keys.put(Ed25519Pem.keyId(key), key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list public keys in " + directory, e);
        }
        return keys;
    }

    /**
     * Writes every public key as {@code <keyId>.pem} into {@code target}, for the fleet's published
     * key directory.
     */
    public void exportPublicKeys(Path target) {
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, PublicKey> entry : publicKeys().entrySet()) {
                Files.writeString(target.resolve(entry.getKey() + ".pem"), Ed25519Pem.publicKeyPem(entry.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export public keys to " + target, e);
        }
    }

    private static SigningKey generate(Path directory, SecureRandom random) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java platform cannot make Ed25519 keys", e);
        }
        String keyId = Ed25519Pem.keyId(pair.getPublic());
        writeOwnerOnly(directory, keyId + PRIVATE_SUFFIX, Ed25519Pem.privateKeyPem(pair.getPrivate()));
        writeOwnerOnly(directory, keyId + PUBLIC_SUFFIX, Ed25519Pem.publicKeyPem(pair.getPublic()));
        writeOwnerOnly(directory, CURRENT, keyId + "\n");
        return new SigningKey(keyId, pair.getPrivate(), pair.getPublic());
    }

    private static SigningKey load(Path directory, String keyId) throws IOException {
        if (!keyId.matches("[0-9a-f]{16}")) {
            throw new InvalidKeyFileException(directory.resolve(CURRENT) + " does not hold a key id");
        }
        Path privateFile = directory.resolve(keyId + PRIVATE_SUFFIX);
        Path publicFile = directory.resolve(keyId + PUBLIC_SUFFIX);
        if (!Files.exists(privateFile)) {
            throw new InvalidKeyFileException("the current key " + keyId + " has no private key file " + privateFile);
        }
        requireOwnerOnly(privateFile, OWNER_FILE);
        PrivateKey privateKey = Ed25519Pem.readPrivateKey(Files.readString(privateFile, StandardCharsets.US_ASCII));
        PublicKey publicKey = Ed25519Pem.readPublicKey(Files.readString(publicFile, StandardCharsets.US_ASCII));
        if (!Ed25519Pem.keyId(publicKey).equals(keyId)) {
            throw new InvalidKeyFileException(publicFile + " does not hold the key " + keyId);
        }
        requireMatchingPair(privateKey, publicKey, keyId);
        return new SigningKey(keyId, privateKey, publicKey);
    }

    private static void requireMatchingPair(PrivateKey privateKey, PublicKey publicKey, String keyId) {
        try {
            byte[] probe = "ClearTrade key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signer.sign())) {
                throw new InvalidKeyFileException("the private and public key files of " + keyId + " do not match");
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyFileException("cannot use the key " + keyId, e);
        }
    }

    /**
     * Earlier versions kept the keys one folder deeper, in {@code <data>/keys/keys/}. Their files
     * move up into {@code <data>/keys/} (renames within one file system), so the key in force and
     * every retired public key survive the upgrade. The outer folder was then made as a plain data
     * folder, open to others; it becomes owner-only before anything moves into it.
     */
    private static void moveUpFromNestedFolder(Path directory) throws IOException {
        Path nested = directory.resolve("keys");
        if (!Files.isDirectory(nested) || Files.exists(directory.resolve(CURRENT))) {
            return;
        }
        requireOwnerOnly(nested, OWNER_DIR);
        Files.setPosixFilePermissions(directory, OWNER_DIR);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(nested)) {
            for (Path file : files) {
                Files.move(file, directory.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(nested);
        LOG.log(Level.INFO, "Moved the kiosk keys from {0} to {1}", nested, directory);
    }

    /** The folder the keys are kept in: {@code <data>/keys}. */
    public Path directory() {
        return directory;
    }

    private void deleteRetiredPrivateKeys() throws IOException {
        String keep = current.keyId + PRIVATE_SUFFIX;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + PRIVATE_SUFFIX)) {
            for (Path file : files) {
                if (!file.getFileName().toString().equals(keep)) {
                    Files.delete(file);
                    LOG.log(Level.INFO, "Deleted the retired private key file {0}", file.getFileName());
                }
            }
        }
    }

    /** Writes through a temporary file created owner-only, then renames it into place. */
    private static void writeOwnerOnly(Path directory, String name, String text) throws IOException {
        Path temporary =
                Files.createTempFile(directory, name, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE));
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void requireOwnerOnly(Path path, Set<PosixFilePermission> allowed) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            throw new InvalidKeyFileException("the file system of " + path + " cannot restrict access to its owner");
        }
        Set<PosixFilePermission> actual = view.readAttributes().permissions();
        if (!allowed.containsAll(actual)) {
            throw new InvalidKeyFileException(path + " is accessible to others ("
                    + PosixFilePermissions.toString(actual) + "); it must be "
                    + PosixFilePermissions.toString(allowed));
        }
    }

    /** A key pair; its string form names the key id only. */
    private static final class SigningKey {
        private final String keyId;
        private final PrivateKey privateKey;
        private final PublicKey publicKey;

        SigningKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {
            this.keyId = keyId;
            this.privateKey = privateKey;
            this.publicKey = publicKey;
        }

        @Override
        public String toString() {
            return "SigningKey[" + keyId + "]";
        }
    }
}

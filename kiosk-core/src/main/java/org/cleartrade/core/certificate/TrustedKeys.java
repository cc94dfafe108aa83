package org.cleartrade.core.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public keys a verifier trusts, by key id: one exported key file, or the fleet's directory
 * of {@code *.pem} files (current and rotated-out keys alike).
 */
public final class TrustedKeys {

    private final Map<String, PublicKey> byKeyId;

    public TrustedKeys(Map<String, PublicKey> byKeyId) {
        this.byKeyId = Collections.unmodifiableMap(new TreeMap<>(byKeyId));
    }

    /** Loads one PEM public key file, or every {@code *.pem} file of a directory. */
    public static TrustedKeys load(Path fileOrDirectory) {
        Map<String, PublicKey> keys = new TreeMap<>();
        try {
            if (Files.isDirectory(fileOrDirectory)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(fileOrDirectory, "*.pem")) {
                    for (Path file : files) {
                        add(keys, file);
                    }
                }
            } else {
                add(keys, fileOrDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read public keys from " + fileOrDirectory, e);
        }
        if (keys.isEmpty()) {
            throw new InvalidKeyFileException("no public key files (*.pem) in " + fileOrDirectory);
        }
        return new TrustedKeys(keys);
    }

    private static void add(Map<String, PublicKey> keys, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        if (text.contains("PRIVATE KEY-----")) {
            throw new InvalidKeyFileException(
                    file + " holds a private key; a verifier needs only the exported public key");
        }
        try {
            PublicKey key = Ed25519Pem.readPublicKey(text);
            keys.put(Ed25519Pem.keyId(key), key);
        } catch (InvalidKeyFileException e) {
            throw new InvalidKeyFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** The key whose id starts with these payload bytes. */
    public Optional<PublicKey> find(byte[] keyId) {
        return Optional.ofNullable(byKeyId.get(HexFormat.of().formatHex(keyId)));
    }

    /** The ids of every trusted key. */
    public Set<String> keyIds() {
        return byKeyId.keySet();
    }
}

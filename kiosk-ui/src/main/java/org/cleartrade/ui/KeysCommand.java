package org.cleartrade.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import org.cleartrade.core.certificate.Ed25519Pem;
import org.cleartrade.core.certificate.FileKioskKeyStore;

/**
 * {@code keys export [--dir DIR]} and {@code keys rotate}: the kiosk's signing keys in {@code
 * <kiosk.dataDir>/keys/}.
 *
 * <p>{@code export} prints the key in force (id, fingerprint, PEM) for the fleet or a verifier;
 * with {@code --dir} it also writes every public key the kiosk ever signed with, retired ones
 * included, as {@code <keyId>.pem}, so certificates issued before a rotation still verify. {@code
 * rotate} makes a new key current and keeps the old public key; a running kiosk picks the new key
 * up at its next start.
 */
final class KeysCommand {

    private static final String SYNOPSIS =
            "usage: kiosk keys export [--dir DIR]    print the signing key; write every public key to DIR\n"
                    + "       kiosk keys rotate                make a new signing key, keep the old public key";

    private KeysCommand() {}

    static int run(String[] args, Path dataDir, PrintStream out, PrintStream err) {
        String verb = args.length == 0 ? "" : args[0];
        switch (verb) {
            case "export" -> {
                if (args.length != 1 && !(args.length == 3 && args[1].equals("--dir"))) {
                    err.println(SYNOPSIS);
                    return Launcher.USAGE;
                }
                FileKioskKeyStore store = FileKioskKeyStore.open(dataDir, new SecureRandom());
                describe(store, out);
                if (args.length == 3) {
                    Path target = Path.of(args[2]);
                    store.exportPublicKeys(target);
                    out.println("wrote " + store.publicKeys().size() + " public keys (current and retired) to "
                            + target.toAbsolutePath());
                }
                return Launcher.OK;
            }
            case "rotate" -> {
                FileKioskKeyStore store = FileKioskKeyStore.open(dataDir, new SecureRandom());
                String retired = store.keyId();
                store.rotate();
                out.println("retired key  " + retired + " (its public key stays for verification)");
                describe(store, out);
                out.println("export the keys again (keys export --dir DIR) and publish them;"
                        + " a running kiosk signs with the new key after its next start");
                return Launcher.OK;
            }
            default -> {
                err.println(SYNOPSIS);
                return Launcher.USAGE;
            }
        }
    }

    /** Key id, fingerprint and the PEM of the key in force. */
    static void describe(FileKioskKeyStore store, PrintStream out) {
        out.println("key folder   " + store.directory());
        out.println("key id       " + store.keyId());
        out.println("fingerprint  " + fingerprint(store.publicKey()));
        out.print(Ed25519Pem.publicKeyPem(store.publicKey()));
    }

    /** {@code SHA256:} and the unpadded base64 of the SHA-256 of the key's DER, as ssh shows keys. */
    static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }
}

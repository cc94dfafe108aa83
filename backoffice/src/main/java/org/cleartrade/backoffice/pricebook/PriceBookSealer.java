package org.cleartrade.backoffice.pricebook;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookParser;

/**
 * The publisher's tool: validates a price book and seals it into a signed envelope the kiosks
 * accept.
 *
 * <pre>
 * java -cp ... org.cleartrade.backoffice.pricebook.PriceBookSealer FLEET_KEY.pem BOOK.tsv OUT.json
 * </pre>
 *
 * {@code FLEET_KEY.pem} is the fleet's Ed25519 private key as PKCS#8 PEM ({@code openssl genpkey
 * -algorithm ed25519}). A book that fails validation is not sealed; every problem is printed.
 * Exit status: 0 sealed, 1 refused, 2 usage or I/O error.
 */
public final class PriceBookSealer {

    private PriceBookSealer() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("usage: PriceBookSealer FLEET_KEY.pem BOOK.tsv OUT.json");
            return 2;
        }
        try {
            PrivateKey key = privateKey(Files.readString(Path.of(args[0]), StandardCharsets.US_ASCII));
            byte[] book = Files.readAllBytes(Path.of(args[1]));
            PriceBook parsed = PriceBookParser.parse(args[1], new String(book, StandardCharsets.UTF_8));
            Files.write(Path.of(args[2]), SignedPriceBook.seal(book, key));
            out.println("sealed " + parsed + " into " + args[2]);
            return 0;
        } catch (PriceBookException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot seal: " + e.getMessage());
            return 2;
        }
    }

    /** Reads a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) Ed25519 key. */
    public static PrivateKey privateKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the key is not an Ed25519 PKCS#8 PEM private key", e);
        }
    }
}

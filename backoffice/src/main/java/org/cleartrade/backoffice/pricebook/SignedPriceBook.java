package org.cleartrade.backoffice.pricebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookParser;

/**
 * The envelope a price book travels and rests in: the book's exact bytes and the fleet's Ed25519
 * signature over them.
 *
 * <p>Wire format (JSON, UTF-8; unknown members are ignored):
 *
 * <pre>
 * {
 *   "format":    "cleartrade-signed-price-book/1",
 *   "book":      base64 of the price book text (UTF-8, format 1, see PriceBookParser),
 *   "signature": base64 of the 64-byte Ed25519 signature of exactly those bytes
 * }
 * </pre>
 *
 * <p>Nothing inside the book is read before its signature verifies.
 */
public final class SignedPriceBook {

    public static final String FORMAT = "cleartrade-signed-price-book/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedPriceBook() {}

    /**
     * Checks the envelope and the signature, then parses and validates the book.
     *
     * @param source names the envelope in error messages
     * @throws PriceBookException naming what is wrong: not JSON, a missing member, bad base64, a
     *     signature that does not verify, text that is not UTF-8, or any problem of the book itself
     */
    public static PriceBook open(byte[] envelope, String source, FleetKey key) throws PriceBookException {
        JsonNode root;
        try {
            root = JSON.readTree(envelope);
        } catch (JacksonException e) {
            throw refused(source, "not a JSON envelope: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw refused(source, "unreadable envelope: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw refused(source, "the envelope is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw refused(source, "format is not " + FORMAT + ": " + root.path("format"));
        }
        byte[] book = base64(root, "book", source);
        byte[] signature = base64(root, "signature", source);
        if (!key.verifies(book, signature)) {
            throw refused(source, "the signature does not verify against the fleet key");
        }
        return PriceBookParser.parse(source, utf8(book, source));
    }

    /** Wraps a book and signs it with the fleet's private key: what the publisher does. */
    public static byte[] seal(byte[] book, PrivateKey fleetPrivateKey) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(fleetPrivateKey);
            signer.update(book);
            ObjectNode root = JSON.createObjectNode()
                    .put("format", FORMAT)
                    .put("book", Base64.getEncoder().encodeToString(book))
                    .put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (GeneralSecurityException | JacksonException e) {
            throw new IllegalArgumentException("cannot seal the price book: " + e.getMessage(), e);
        }
    }

    private static byte[] base64(JsonNode root, String member, String source) throws PriceBookException {
        JsonNode node = root.get(member);
        if (node == null || !node.isTextual()) {
            throw refused(source, "member \"" + member + "\" is missing or not a string");
        }
        try {
            return Base64.getDecoder().decode(node.textValue());
        } catch (IllegalArgumentException e) {
            throw refused(source, "member \"" + member + "\" is not base64");
        }
    }

    private static String utf8(byte[] bytes, String source) throws PriceBookException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused(source, "the book is not UTF-8 text");
        }
    }

    private static PriceBookException refused(String source, String problem) {
        return new PriceBookException(source, List.of(problem));
    }
}

package org.cleartrade.backoffice.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How a kiosk signs each request to the fleet service, and what the service checks.
 *
 * <p>The kiosk sends five headers with every request:
 *
 * <pre>
 * X-ClearTrade-Kiosk:     MALL-07
 * X-ClearTrade-Key:       0123456789abcdef          (the key id, 16 hex digits)
 * X-ClearTrade-Time:      2026-12-04T17:00:00Z      (the kiosk's clock)
 * X-ClearTrade-Nonce:     32 hex digits, new for every request
 * X-ClearTrade-Signature: base64 of the Ed25519 signature of the text below
 * </pre>
 *
 * The signed text is these lines, each ended by a line feed, UTF-8:
 *
 * <pre>
 * cleartrade-request/1
 * POST
 * /v1/outbox                 (the path, without query)
 * MALL-07
 * 0123456789abcdef
 * 2026-12-04T17:00:00Z
 * 5f0c...                    (the nonce)
 * e3b0c442...                (SHA-256 of the body, hex; of zero bytes when there is none)
 * </pre>
 *
 * The service refuses a request whose kiosk or key it does not know or no longer accepts, whose
 * time is further from its own clock than the allowed skew, whose nonce it has seen before, or
 * whose signature does not verify — each with its own error code.
 */
public final class RequestSignature {

    public static final String VERSION = "cleartrade-request/1";
    public static final String KIOSK = "X-ClearTrade-Kiosk";
    public static final String KEY = "X-ClearTrade-Key";
    public static final String TIME = "X-ClearTrade-Time";
    public static final String NONCE = "X-ClearTrade-Nonce";
    public static final String SIGNATURE = "X-ClearTrade-Signature";

    private RequestSignature() {}

    /** The exact bytes a request's signature covers. */
    public static byte[] signedText(
            String method, String path, String kioskId, String keyId, Instant time, String nonce, byte[] body) {
        String text = VERSION + "\n" + method + "\n" + path + "\n" + kioskId + "\n" + keyId + "\n" + time + "\n" + nonce
                + "\n" + sha256Hex(body) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

package org.cleartrade.fleet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.core.certificate.PayloadSigner;
import org.cleartrade.fleet.http.JsonBodies;

/**
 * Requests signed by hand, so that a test can send what a real kiosk never would: a wrong time, a
 * nonce used before, a body changed after signing, another kiosk's name.
 */
public final class SignedRequests {

    private static final OkHttpClient CLIENT = new OkHttpClient();

    private SignedRequests() {}

    /** An answer: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode json) {
        public String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }

    /**
     * @param signedBody what the signature covers; {@code sentBody} is what travels
     */
    public static Answer post(
            String baseUrl,
            String path,
            String kioskId,
            PayloadSigner key,
            Instant time,
            String nonce,
            String signedBody,
            String sentBody) {
        byte[] signed = signedBody.getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder()
                .encodeToString(key.sign(
                        RequestSignature.signedText("POST", "/" + path, kioskId, key.keyId(), time, nonce, signed)));
        Request request = new Request.Builder()
                .url(baseUrl + path)
                .header(RequestSignature.KIOSK, kioskId)
                .header(RequestSignature.KEY, key.keyId())
                .header(RequestSignature.TIME, time.toString())
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, signature)
                .post(RequestBody.create(sentBody, MediaType.get("application/json")))
                .build();
        return call(request);
    }

    public static Answer post(String baseUrl, String path, String kioskId, PayloadSigner key, String body) {
        return post(baseUrl, path, kioskId, key, Instant.now(), nonce(), body, body);
    }

    public static Answer call(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            return new Answer(response.code(), bytes.length == 0 ? null : JsonBodies.JSON.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String nonce() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}

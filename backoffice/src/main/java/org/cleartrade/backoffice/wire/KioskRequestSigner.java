package org.cleartrade.backoffice.wire;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.cleartrade.core.certificate.PayloadSigner;

/**
 * Signs every request the kiosk sends to the fleet with the kiosk's current Ed25519 key, as
 * {@link RequestSignature} describes. The body is read once into memory to hash it; kiosk requests
 * are small (an outbox batch is capped by its sender).
 *
 * <p>Threading: safe for concurrent use.
 */
public final class KioskRequestSigner implements Interceptor {

    private final String kioskId;
    private final PayloadSigner key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public KioskRequestSigner(String kioskId, PayloadSigner key, Clock clock) {
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        byte[] body = bytes(request.body());
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        var time = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String keyId = key.keyId();
        byte[] signature = key.sign(RequestSignature.signedText(
                request.method(), request.url().encodedPath(), kioskId, keyId, time, nonce, body));
        return chain.proceed(request.newBuilder()
                .header(RequestSignature.KIOSK, kioskId)
                .header(RequestSignature.KEY, keyId)
                .header(RequestSignature.TIME, time.toString())
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, Base64.getEncoder().encodeToString(signature))
                .build());
    }

    private static byte[] bytes(RequestBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}

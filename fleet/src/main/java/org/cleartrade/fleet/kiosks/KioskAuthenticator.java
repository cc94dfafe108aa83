package org.cleartrade.fleet.kiosks;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks a kiosk's signed request ({@link RequestSignature}), in this order, each failure with its
 * own error code: all five headers present ({@code UNSIGNED}); the kiosk enrolled ({@code
 * UNKNOWN_KIOSK}); the key one of its keys ({@code UNKNOWN_KEY}) and its active one ({@code
 * KEY_ROTATED}, {@code KEY_REVOKED}); the time within the allowed skew of the fleet's clock
 * ({@code CLOCK_SKEW}); the signature ({@code BAD_SIGNATURE}); the nonce never seen before
 * ({@code REPLAYED}). Nonces are kept in the database, so a request captured at one instance
 * cannot be played at another.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class KioskAuthenticator {

    private final Jdbi jdbi;
    private final KioskRegistry registry;
    private final Clock clock;
    private final Duration maxSkew;

    public KioskAuthenticator(Jdbi jdbi, KioskRegistry registry, Clock clock, Duration maxSkew) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
    }

    /** The kiosk and key a request was signed by. */
    public record SignedBy(String kioskId, String keyId) {}

    /**
     * @param header reads a request header by name, null when absent
     * @param path the request's path as sent, without query
     */
    public SignedBy authenticate(String method, String path, Function<String, String> header, byte[] body) {
        String kioskId = required(header, RequestSignature.KIOSK);
        String keyId = required(header, RequestSignature.KEY);
        String time = required(header, RequestSignature.TIME);
        String nonce = required(header, RequestSignature.NONCE);
        String signature = required(header, RequestSignature.SIGNATURE);
        Optional<KioskKey> key = registry.key(keyId);
        if (key.isEmpty() || !key.get().kioskId().equals(kioskId)) {
            boolean kioskKnown = !registry.keys(kioskId).isEmpty();
            throw kioskKnown
                    ? new ApiException(401, "UNKNOWN_KEY", "key " + keyId + " is not a key of kiosk " + kioskId)
                    : new ApiException(401, "UNKNOWN_KIOSK", "kiosk " + kioskId + " is not enrolled in this fleet");
        }
        if (key.get().status() == KioskKey.Status.REVOKED) {
            throw new ApiException(
                    403,
                    "KEY_REVOKED",
                    "key " + keyId + " of kiosk " + kioskId + " was revoked: "
                            + key.get().revokeReason().orElse(""));
        }
        if (key.get().status() == KioskKey.Status.ROTATED) {
            throw new ApiException(
                    403,
                    "KEY_ROTATED",
                    "key " + keyId + " of kiosk " + kioskId
                            + " was replaced by a newer key; sign with the current one");
        }
        Instant sent = instant(time);
        Instant now = clock.instant();
        Duration skew = Duration.between(now, sent).abs();
        if (skew.compareTo(maxSkew) > 0) {
            throw new ApiException(
                    401,
                    "CLOCK_SKEW",
                    "the request is dated " + sent + " but the fleet's clock says " + now + " (" + skew.toSeconds()
                            + " s apart, at most " + maxSkew.toSeconds() + " s allowed): check the kiosk's time sync",
                    Map.of("fleetTime", now.toString()));
        }
        if (!nonce.matches("[0-9a-f]{32}")) {
            throw ApiException.badRequest("UNSIGNED", RequestSignature.NONCE + " must be 32 hex digits");
        }
        byte[] text = RequestSignature.signedText(method, path, kioskId, keyId, sent, nonce, body);
        if (!verifies(key.get().publicKey(), text, signature)) {
            throw new ApiException(
                    401,
                    "BAD_SIGNATURE",
                    "the signature does not match the request: signed by another key, or changed" + " on the way");
        }
        int fresh =
                jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO request_nonces (kiosk_id, nonce, seen_at)"
                                + " VALUES (:kiosk, :nonce, :now) ON CONFLICT DO NOTHING")
                        .bind("kiosk", kioskId)
                        .bind("nonce", nonce)
                        .bind("now", now)
                        .execute());
        if (fresh == 0) {
            throw new ApiException(409, "REPLAYED", "this request (nonce " + nonce + ") was received before");
        }
        return new SignedBy(kioskId, keyId);
    }

    /** Forgets nonces older than twice the skew: a request that old is refused by its time. */
    public int forgetOldNonces() {
        Instant before = clock.instant().minus(maxSkew.multipliedBy(2));
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM request_nonces WHERE seen_at < :before")
                .bind("before", before)
                .execute());
    }

    private static String required(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw new ApiException(
                    401, "UNSIGNED", "the request has no " + name + " header; kiosk requests must be signed");
        }
        return value.strip();
    }

    private static Instant instant(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new ApiException(401, "UNSIGNED", RequestSignature.TIME + " is not an ISO-8601 instant: " + time);
        }
    }

    private static boolean verifies(byte[] publicKey, byte[] text, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KioskKeyCertificate.javaKey(publicKey));
            verifier.update(text);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

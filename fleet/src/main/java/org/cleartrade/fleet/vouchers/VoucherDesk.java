package org.cleartrade.fleet.vouchers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.certificate.MalformedPayloadException;
import org.cleartrade.core.certificate.PayloadVerifier;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.certificate.SignedPayload;
import org.cleartrade.core.certificate.TrustedKeys;
import org.cleartrade.core.certificate.Verification;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.fleet.kiosks.KioskKey;
import org.cleartrade.fleet.kiosks.KioskRegistry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The cashier's counter, fleet-wide: checks a voucher's QR payload and redeems it exactly once,
 * whichever store and whichever instance of the service the cashier reaches.
 *
 * <ol>
 *   <li>The payload, bare or in a verification link, is read ({@code MALFORMED}), must be a voucher ({@code NOT_A_VOUCHER}) with the
 *       id asked for ({@code WRONG_VOUCHER}).
 *   <li>Its key must be a key the fleet certified for the kiosk the voucher names ({@code
 *       UNKNOWN_KEY}) and not revoked ({@code KEY_REVOKED}); a key rotated out since still
 *       verifies what it signed.
 *   <li>The signature and expiry are checked by the same {@link PayloadVerifier} as the {@code
 *       verify} command ({@code TAMPERED}, {@code EXPIRED}).
 *   <li>A voucher its kiosk voided (staff paid the seller another way, a {@code voucher-voided}
 *       document) is refused ({@code VOIDED}).
 *   <li>The redemption is one insert keyed by the voucher id: of two concurrent attempts, at one
 *       instance or two, one inserts and the other finds the row ({@code ALREADY_REDEEMED}, with
 *       when, by whom and where it was redeemed).
 * </ol>
 *
 * Every redemption attempt, whatever its outcome, is recorded with who, when, which instance and
 * why; a successful one in the same transaction as the redemption.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class VoucherDesk {

    private final Jdbi jdbi;
    private final KioskRegistry registry;
    private final Clock clock;
    private final String instance;

    public VoucherDesk(Jdbi jdbi, KioskRegistry registry, Clock clock, String instance) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    public enum Outcome {
        VALID,
        REDEEMED,
        ALREADY_REDEEMED,
        EXPIRED,
        TAMPERED,
        UNKNOWN_KEY,
        KEY_REVOKED,
        MALFORMED,
        NOT_A_VOUCHER,
        WRONG_VOUCHER,
        /** Its kiosk voided it: staff paid the seller another way. */
        VOIDED
    }

    /** A first redemption: when, by whom, at which instance. */
    public record Redemption(Instant at, String by, String instance) {}

    /**
     * @param voucher present once the payload was read as a voucher
     * @param redemption the redemption: this one for {@code REDEEMED}, the first for {@code
     *     ALREADY_REDEEMED}
     */
    public record Answer(Outcome outcome, String message, Optional<Voucher> voucher, Optional<Redemption> redemption) {}

    /** Everything {@link #redeem} checks, without redeeming and without recording an attempt. */
    public Answer check(String voucherId, String payload) {
        Answer answer = verify(voucherId, payload);
        if (answer.outcome() != Outcome.VALID) {
            return answer;
        }
        return jdbi.withHandle(handle -> {
            Optional<Answer> voided = voided(handle, answer.voucher().orElseThrow());
            if (voided.isPresent()) {
                return voided.get();
            }
            Optional<Redemption> first = firstRedemption(handle, voucherId);
            return first.isPresent() ? alreadyRedeemed(answer.voucher().orElseThrow(), first.get()) : answer;
        });
    }

    /** Redeems the voucher once, fleet-wide; records the attempt whatever its outcome. */
    public Answer redeem(String voucherId, String payload, String by) {
        Answer verified = verify(voucherId, payload);
        if (verified.outcome() != Outcome.VALID) {
            jdbi.useHandle(handle -> attempt(handle, voucherId, by, verified));
            return verified;
        }
        Voucher voucher = verified.voucher().orElseThrow();
        return jdbi.inTransaction(handle -> {
            Optional<Answer> voided = voided(handle, voucher);
            if (voided.isPresent()) {
                attempt(handle, voucherId, by, voided.get());
                return voided.get();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            int inserted = handle.createUpdate("INSERT INTO voucher_redemptions (voucher_id, kiosk_id, trade_id,"
                            + " amount_minor, currency, redeemed_at, redeemed_by, instance) VALUES (:id, :kiosk, :trade,"
                            + " :amount, :currency, :now, :by, :instance) ON CONFLICT (voucher_id) DO NOTHING")
                    .bindMap(Map.of(
                            "id", voucherId,
                            "kiosk", voucher.kioskId(),
                            "trade", voucher.tradeId(),
                            "amount", voucher.amount().minorUnits(),
                            "currency", voucher.amount().currency(),
                            "by", by,
                            "instance", instance))
                    .bind("now", now)
                    .execute();
            Answer answer = inserted == 1
                    ? new Answer(
                            Outcome.REDEEMED,
                            "redeemed: pay " + voucher.amount().minorUnits() + " "
                                    + voucher.amount().currency() + " minor units for trade " + voucher.tradeId(),
                            Optional.of(voucher),
                            Optional.of(new Redemption(now, by, instance)))
                    : alreadyRedeemed(
                            voucher, firstRedemption(handle, voucherId).orElseThrow());
            attempt(handle, voucherId, by, answer);
            return answer;
        });
    }

    private Answer verify(String voucherId, String payload) {
        SignedPayload read;
        try {
            read = QrPayloadCodec.decode(VerificationLink.payloadOf(payload));
        } catch (MalformedPayloadException e) {
            return refused(Outcome.MALFORMED, "not a readable voucher payload: " + e.getMessage(), Optional.empty());
        }
        if (!(read.content() instanceof Voucher voucher)) {
            return refused(
                    Outcome.NOT_A_VOUCHER, "this payload is an erasure certificate, not a voucher", Optional.empty());
        }
        if (!voucher.voucherId().equals(voucherId)) {
            return refused(
                    Outcome.WRONG_VOUCHER,
                    "the payload is voucher " + voucher.voucherId() + ", not " + voucherId,
                    Optional.of(voucher));
        }
        Optional<KioskKey> key = registry.key(read.keyId());
        if (key.isEmpty() || !key.get().kioskId().equals(voucher.kioskId())) {
            return refused(
                    Outcome.UNKNOWN_KEY,
                    "signed by key " + read.keyId() + ", which the fleet never certified for kiosk "
                            + voucher.kioskId(),
                    Optional.of(voucher));
        }
        if (key.get().status() == KioskKey.Status.REVOKED) {
            return refused(
                    Outcome.KEY_REVOKED,
                    "signed by key " + read.keyId() + " of kiosk " + voucher.kioskId()
                            + ", revoked at "
                            + key.get().retiredAt().map(Instant::toString).orElse("?") + ": "
                            + key.get().revokeReason().orElse(""),
                    Optional.of(voucher));
        }
        TrustedKeys trusted = new TrustedKeys(
                Map.of(read.keyId(), KioskKeyCertificate.javaKey(key.get().publicKey())));
        Verification verification = new PayloadVerifier(trusted, clock, Optional.empty()).verify(payload);
        return switch (verification.verdict()) {
            case VALID ->
                new Answer(
                        Outcome.VALID,
                        "a genuine voucher of kiosk " + voucher.kioskId() + " for trade " + voucher.tradeId()
                                + ", valid until " + voucher.expiresAt(),
                        Optional.of(voucher),
                        Optional.empty());
            case TAMPERED -> refused(Outcome.TAMPERED, verification.reason(), Optional.of(voucher));
            case EXPIRED -> refused(Outcome.EXPIRED, verification.reason(), Optional.of(voucher));
            default ->
                refused(Outcome.valueOf(verification.verdict().name()), verification.reason(), Optional.of(voucher));
        };
    }

    private static Answer refused(Outcome outcome, String message, Optional<Voucher> voucher) {
        return new Answer(outcome, message, voucher, Optional.empty());
    }

    private static Answer alreadyRedeemed(Voucher voucher, Redemption first) {
        return new Answer(
                Outcome.ALREADY_REDEEMED,
                "voucher " + voucher.voucherId() + " was redeemed at " + first.at() + " by " + first.by()
                        + " (instance " + first.instance() + "); do not pay it again",
                Optional.of(voucher),
                Optional.of(first));
    }

    /** The refusal of a voucher its kiosk voided, if it did. */
    private static Optional<Answer> voided(Handle handle, Voucher voucher) {
        return handle.createQuery("SELECT voided_at, voided_by, reason FROM voucher_voids WHERE voucher_id = :id")
                .bind("id", voucher.voucherId())
                .map((rs, ctx) -> refused(
                        Outcome.VOIDED,
                        "voucher " + voucher.voucherId() + " was voided at "
                                + rs.getObject("voided_at", java.time.OffsetDateTime.class)
                                        .toInstant()
                                + " by " + rs.getString("voided_by") + " (" + rs.getString("reason")
                                + "); do not pay it",
                        Optional.of(voucher)))
                .findOne();
    }

    private static Optional<Redemption> firstRedemption(Handle handle, String voucherId) {
        return handle.createQuery("SELECT redeemed_at, redeemed_by, instance FROM voucher_redemptions WHERE voucher_id"
                        + " = :id")
                .bind("id", voucherId)
                .map((rs, ctx) -> new Redemption(
                        rs.getObject("redeemed_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("redeemed_by"),
                        rs.getString("instance")))
                .findOne();
    }

    private void attempt(Handle handle, String voucherId, String by, Answer answer) {
        handle.createUpdate("INSERT INTO redemption_attempts (voucher_id, at, attempted_by, instance, outcome, detail)"
                        + " VALUES (:id, :at, :by, :instance, :outcome, :detail)")
                .bind("id", voucherId.length() > 64 ? voucherId.substring(0, 64) : voucherId)
                .bind("at", clock.instant())
                .bind("by", by)
                .bind("instance", instance)
                .bind("outcome", answer.outcome().name())
                .bind("detail", answer.message())
                .execute();
    }
}

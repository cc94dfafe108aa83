package org.cleartrade.fleet.kiosks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.enrolment.FleetEnrolment;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Kiosks and their keys: one-time enrolment codes, enrolment (the fleet certifies the kiosk's
 * Ed25519 key), rotation (enrolling again with a new code certifies the new key and marks the
 * old one rotated) and revocation. Key rows are never deleted, so the history of every kiosk's
 * keys is kept.
 *
 * <p>Threading: safe for concurrent use, across instances too: a code is consumed by one
 * conditional update, and the database allows one active key per kiosk.
 */
public final class KioskRegistry {

    /** Crockford's base32 without I, L, O, U: codes are read aloud and typed on a keypad. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Jdbi jdbi;
    private final FleetSigningKey fleetKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public KioskRegistry(Jdbi jdbi, FleetSigningKey fleetKey, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.fleetKey = Objects.requireNonNull(fleetKey, "fleetKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A one-time code and when it stops working. */
    public record IssuedCode(String kioskId, String code, Instant expiresAt) {}

    /**
     * Issues a one-time enrolment code for {@code kioskId}; only its hash is stored.
     *
     * @param validity how long the code works, 1 minute to 30 days
     */
    public IssuedCode issueCode(String kioskId, String location, String issuedBy, Duration validity) {
        requireKioskId(kioskId);
        if (validity.compareTo(Duration.ofMinutes(1)) < 0 || validity.compareTo(Duration.ofDays(30)) > 0) {
            throw ApiException.badRequest("BAD_FIELD", "a code is valid for 1 minute to 30 days, not " + validity);
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        Instant now = now();
        Instant expires = now.plus(validity);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO enrolment_codes (code_sha256, kiosk_id, location, issued_by, issued_at,"
                            + " expires_at) VALUES (:hash, :kiosk, :location, :by, :now, :expires)")
                    .bind("hash", codeHash(code.toString()))
                    .bind("kiosk", kioskId)
                    .bind("location", location)
                    .bind("by", issuedBy)
                    .bind("now", now)
                    .bind("expires", expires)
                    .execute();
            AdminAudit.record(handle, now, issuedBy, "enrolment-code", "kiosk=" + kioskId + " expires=" + expires);
        });
        return new IssuedCode(kioskId, code.toString(), expires);
    }

    /**
     * Enrols a kiosk key: checks the code (issued for this kiosk, unused, not expired) and the proof
     * that the caller holds the private key, then certifies the key. A kiosk that had an active key
     * gets the new one instead; the old one is kept as rotated. The same code and key sent again
     * (an answer lost on the way) get the same certificate back.
     */
    public KioskKey enrol(String kioskId, String code, byte[] publicKey, byte[] proof) {
        requireKioskId(kioskId);
        if (publicKey.length != 32) {
            throw ApiException.badRequest("BAD_KEY", "publicKey must be the 32 raw bytes of an Ed25519 key");
        }
        String keyId = KioskKeyCertificate.keyIdOf(publicKey);
        String normalised = normalise(code);
        byte[] proofText = FleetEnrolment.proofText(
                kioskId, code.strip(), Base64.getEncoder().encodeToString(publicKey));
        if (!verifies(publicKey, proofText, proof)) {
            throw new ApiException(401, "BAD_PROOF", "the proof is not this key's signature of the enrolment text");
        }
        return jdbi.inTransaction(handle -> {
            Instant now = now();
            Optional<CodeRow> row = handle.createQuery("SELECT kiosk_id, location, expires_at, used_at, key_id"
                            + " FROM enrolment_codes WHERE code_sha256 = :hash FOR UPDATE")
                    .bind("hash", codeHash(normalised))
                    .map((rs, ctx) -> new CodeRow(
                            rs.getString("kiosk_id"),
                            rs.getString("location"),
                            instant(rs, "expires_at"),
                            rs.getString("key_id")))
                    .findOne();
            if (row.isEmpty() || !row.get().kioskId().equals(kioskId)) {
                throw new ApiException(
                        401, "CODE_UNKNOWN", "no enrolment code like this was issued for kiosk " + kioskId);
            }
            if (row.get().keyId() != null) {
                if (row.get().keyId().equals(keyId)) {
                    return key(handle, keyId).orElseThrow();
                }
                throw new ApiException(409, "CODE_USED", "this enrolment code was used already; ask for a new one");
            }
            if (!now.isBefore(row.get().expiresAt())) {
                throw new ApiException(
                        401,
                        "CODE_EXPIRED",
                        "this enrolment code expired at " + row.get().expiresAt());
            }
            if (key(handle, keyId).isPresent()) {
                throw new ApiException(409, "KEY_KNOWN", "key " + keyId + " was certified before; make a new key");
            }
            handle.createUpdate("INSERT INTO kiosks (kiosk_id, location, enrolled_at) VALUES (:kiosk, :location, :now)"
                            + " ON CONFLICT (kiosk_id) DO UPDATE SET location = COALESCE(EXCLUDED.location,"
                            + " kiosks.location)")
                    .bind("kiosk", kioskId)
                    .bind("location", row.get().location())
                    .bind("now", now)
                    .execute();
            handle.createUpdate("UPDATE kiosk_keys SET status = 'ROTATED', retired_at = :now WHERE kiosk_id = :kiosk"
                            + " AND status = 'ACTIVE'")
                    .bind("kiosk", kioskId)
                    .bind("now", now)
                    .execute();
            KioskKeyCertificate certificate = new KioskKeyCertificate(kioskId, keyId, publicKey, now);
            handle.createUpdate("INSERT INTO kiosk_keys (key_id, kiosk_id, public_key, certificate, signature,"
                            + " certified_at, status) VALUES (:key, :kiosk, :public, :text, :signature, :now,"
                            + " 'ACTIVE')")
                    .bind("key", keyId)
                    .bind("kiosk", kioskId)
                    .bind("public", publicKey)
                    .bind("text", certificate.text())
                    .bind("signature", Base64.getEncoder().encodeToString(certificate.sign(fleetKey.privateKey())))
                    .bind("now", now)
                    .execute();
            handle.createUpdate("UPDATE enrolment_codes SET used_at = :now, key_id = :key WHERE code_sha256 = :hash")
                    .bind("now", now)
                    .bind("key", keyId)
                    .bind("hash", codeHash(normalised))
                    .execute();
            AdminAudit.record(handle, now, "kiosk:" + kioskId, "key-certified", "key=" + keyId);
            return key(handle, keyId).orElseThrow();
        });
    }

    public Optional<KioskKey> key(String keyId) {
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> key(handle, keyId));
    }

    /** Every key the kiosk ever had, oldest first. */
    public List<KioskKey> keys(String kioskId) {
        return jdbi.withHandle(
                handle -> handle.createQuery(SELECT_KEY + " WHERE kiosk_id = :kiosk ORDER BY certified_at")
                        .bind("kiosk", kioskId)
                        .map((rs, ctx) -> keyRow(rs))
                        .list());
    }

    /** Withdraws a key: requests, certificates and vouchers it signed are refused from now on. */
    public KioskKey revoke(String keyId, String by, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 400) {
            throw ApiException.badRequest("BAD_FIELD", "a revocation needs a reason of 1 to 400 characters");
        }
        return jdbi.inTransaction(handle -> {
            Instant now = now();
            int changed = handle.createUpdate(
                            "UPDATE kiosk_keys SET status = 'REVOKED', retired_at = COALESCE(retired_at,"
                                    + " :now), revoked_by = :by, revoke_reason = :reason WHERE key_id = :key AND status <>"
                                    + " 'REVOKED'")
                    .bind("now", now)
                    .bind("by", by)
                    .bind("reason", reason)
                    .bind("key", keyId)
                    .execute();
            if (changed == 0) {
                throw new ApiException(404, "NO_SUCH_KEY", "no key " + keyId + " that is not revoked already");
            }
            AdminAudit.record(handle, now, by, "key-revoked", "key=" + keyId + " reason=" + reason);
            return key(handle, keyId).orElseThrow();
        });
    }

    private static final String SELECT_KEY =
            "SELECT key_id, kiosk_id, public_key, certificate, signature, certified_at,"
                    + " status, retired_at, revoked_by, revoke_reason FROM kiosk_keys";

    private static Optional<KioskKey> key(Handle handle, String keyId) {
        return handle.createQuery(SELECT_KEY + " WHERE key_id = :key")
                .bind("key", keyId)
                .map((rs, ctx) -> keyRow(rs))
                .findOne();
    }

    private static KioskKey keyRow(ResultSet rs) throws SQLException {
        return new KioskKey(
                rs.getString("key_id"),
                rs.getString("kiosk_id"),
                rs.getBytes("public_key"),
                rs.getString("certificate"),
                rs.getString("signature"),
                instant(rs, "certified_at"),
                KioskKey.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(instant(rs, "retired_at")),
                Optional.ofNullable(rs.getString("revoked_by")),
                Optional.ofNullable(rs.getString("revoke_reason")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean verifies(byte[] publicKey, byte[] text, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KioskKeyCertificate.javaKey(publicKey));
            verifier.update(text);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static void requireKioskId(String kioskId) {
        if (kioskId == null || !kioskId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ApiException.badRequest("BAD_KIOSK_ID", "a kiosk id is 1 to 64 of A-Z a-z 0-9 . _ -");
        }
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
    }

    private static String codeHash(String code) {
        return RequestSignature.sha256Hex(normalise(code).getBytes(StandardCharsets.US_ASCII));
    }

    private record CodeRow(String kioskId, String location, Instant expiresAt, String keyId) {}
}

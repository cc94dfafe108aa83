package org.cleartrade.fleet.kiosks;

import java.time.Instant;
import java.util.Optional;

/**
 * A kiosk key the fleet certified, with what became of it.
 *
 * @param certificate the signed text ({@code KioskKeyCertificate#text})
 * @param signature base64 of the fleet's Ed25519 signature of {@code certificate}
 * @param retiredAt when it was rotated out or revoked
 */
public record KioskKey(
        String keyId,
        String kioskId,
        byte[] publicKey,
        String certificate,
        String signature,
        Instant certifiedAt,
        Status status,
        Optional<Instant> retiredAt,
        Optional<String> revokedBy,
        Optional<String> revokeReason) {

    public KioskKey {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public enum Status {
        /** The key the kiosk signs requests, certificates and vouchers with now. */
        ACTIVE,
        /** Replaced by a newer key: what it signed before still verifies; requests are refused. */
        ROTATED,
        /** Withdrawn (lost, stolen, compromised): nothing it signed is accepted any more. */
        REVOKED
    }
}

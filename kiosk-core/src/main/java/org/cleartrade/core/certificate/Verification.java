package org.cleartrade.core.certificate;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verifier concluded about one payload.
 *
 * @param reason the evidence in plain words, for example "signed by key 3f... which is not trusted"
 * @param payload the decoded payload when it could be read
 */
public record Verification(Verdict verdict, String reason, Optional<SignedPayload> payload) {

    public Verification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(payload, "payload");
    }
}

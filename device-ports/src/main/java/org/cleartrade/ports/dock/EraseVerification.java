package org.cleartrade.ports.dock;

import java.time.Instant;
import java.util.Objects;

/**
 * What could be proven after the erase. {@code verified} is true only when every step in
 * {@code method} was observed, and then {@code evidence} names the level observed; {@code detail}
 * says what was seen or why it could not be.
 */
public record EraseVerification(
        Instant at, boolean verified, String method, String detail, VerificationEvidence evidence) {

    public EraseVerification {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(evidence, "evidence");
        if (verified != evidence.verified()) {
            throw new IllegalArgumentException("a verification "
                    + (verified ? "that passed needs evidence" : "that failed has no evidence") + ", was " + evidence);
        }
    }

    /** A verification that proved nothing. */
    public static EraseVerification failed(Instant at, String method, String detail) {
        return new EraseVerification(at, false, method, detail, VerificationEvidence.NONE);
    }

    /** A verification that observed {@code evidence}. */
    public static EraseVerification proven(Instant at, String method, String detail, VerificationEvidence evidence) {
        return new EraseVerification(at, true, method, detail, evidence);
    }
}

package org.cleartrade.core.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * What the declined/returned slip prints when the phone goes back to the seller. It holds no
 * identifier of the phone or the seller: the kiosk keeps nothing of a phone it did not buy.
 *
 * @param reference the session's short reference, for the seller to quote to staff
 * @param device the phone's name as the seller knows it, or empty when it was never identified
 */
public record ReturnSlip(String reference, Instant at, String kioskId, String device, Reason reason) {

    /** Why the phone goes back; each has a plain explanation and, where one exists, what to do. */
    public enum Reason {
        /** The seller declined the offer. */
        OFFER_DECLINED,
        /** The seller cancelled before the bin door locked. */
        CANCELLED,
        /** An account or Factory Reset Protection / Activation Lock is still on. */
        ACCOUNT_LOCKED,
        /** The IMEI is on a block list (reported lost or stolen). */
        IMEI_BLOCKED,
        /** The kiosk does not buy this model. */
        UNSUPPORTED_MODEL,
        /** The phone has no resale value. */
        NO_VALUE,
        /** The phone refused the erase or it could not be verified; nothing was bought. */
        ERASE_FAILED
    }

    public ReturnSlip {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reason, "reason");
    }
}

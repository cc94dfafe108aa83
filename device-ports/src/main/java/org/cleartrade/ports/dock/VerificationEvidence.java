package org.cleartrade.ports.dock;

/**
 * How strongly the dock could prove, after the erase, that it happened: the evidence it observed
 * with its own eyes, from the strongest to nothing. The certificate carries it (signed) and {@code
 * verify} prints it in plain words (docs/certificates.md). Only {@link #NONE} means not verified,
 * and an erase the phone only acknowledged never gets a certificate.
 *
 * <p>Levels are general on purpose: a dock names the one it observed, and the list grows at the end.
 */
public enum VerificationEvidence {
    /** Nothing after the phone's acknowledgement was observed: not verified. */
    NONE,
    /**
     * The phone answered again with the same serial and reported factory state itself (Android:
     * setup wizard not completed, not provisioned, no accounts, read over adb).
     */
    FACTORY_STATE_READ_BACK,
    /**
     * The phone left the USB bus and came back with the same serial; its state could not be read
     * (Android with USB debugging off after the reset).
     */
    USB_REENUMERATED_SAME_SERIAL,
    /**
     * The iPhone came back with the same UDID and serial number, unpaired, and reported
     * {@code ActivationState} "Unactivated": it is in the setup assistant, as only an erase leaves an
     * activated iPhone.
     */
    RETURNED_UNACTIVATED;

    public boolean verified() {
        return this != NONE;
    }
}

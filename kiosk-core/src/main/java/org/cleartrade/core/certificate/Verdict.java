package org.cleartrade.core.certificate;

/**
 * The outcome of verifying a QR payload, each with the exit code of the {@code verify} command.
 */
public enum Verdict {
    /** Signed by a trusted kiosk key, unchanged, and (for a voucher) unexpired and not yet redeemed. */
    VALID(0, "VALID"),
    /** The text or its bytes are not a readable payload: cut short, damaged, or not ours. */
    MALFORMED(2, "NOT READABLE"),
    /** The signature does not match the content: something was changed after signing. */
    TAMPERED(3, "TAMPERED"),
    /** A voucher past its expiry. */
    EXPIRED(4, "EXPIRED"),
    /** Signed by a key this verifier does not trust. */
    UNKNOWN_KEY(5, "UNKNOWN KEY"),
    /** A voucher already on the redeemed list: a copy presented again. */
    ALREADY_REDEEMED(6, "ALREADY REDEEMED");

    private final int exitCode;
    private final String headline;

    Verdict(int exitCode, String headline) {
        this.exitCode = exitCode;
        this.headline = headline;
    }

    public int exitCode() {
        return exitCode;
    }

    public String headline() {
        return headline;
    }
}

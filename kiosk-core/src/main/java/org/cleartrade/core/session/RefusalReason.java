package org.cleartrade.core.session;

/** Why a phone (or a seller) was refused, with whether the seller can fix it on the spot and retry. */
public enum RefusalReason {
    ACCOUNT_SIGNED_IN(true),
    FACTORY_RESET_PROTECTION_ON(true),
    /** iPhone: Find My is on, so Activation Lock would hold the erased phone to the seller's Apple ID. */
    FIND_MY_ON(true),
    /** An account lock must be verified off before erasing, and the phone would not say. */
    LOCK_UNVERIFIED(true),
    SIM_INSERTED(true),
    ESIM_PRESENT(true),
    SD_CARD_INSERTED(true),
    DEVICE_OWNER_PRESENT(true),
    ROOTED(false),
    IMEI_BLOCKED(false),
    /** The phone did not reveal its IMEI and the jurisdiction refuses what it cannot check. */
    IMEI_UNVERIFIED(false),
    /** The block list could not be asked and the jurisdiction refuses during an outage. */
    BLOCK_LIST_UNAVAILABLE(false),
    UNSUPPORTED_MODEL(false),
    NO_VALUE(false),
    /** The seller is younger than the jurisdiction's minimum age. */
    UNDERAGE(false),
    /** The ID lacks a field the jurisdiction requires, or holds one that is not plain text. */
    IDENTITY_INCOMPLETE(true),
    /** The ID's expiry date has passed. */
    IDENTITY_EXPIRED(true),
    /**
     * The phone's serial or model cannot be named on a certificate or kept in the ledger (empty,
     * too long, not printable): refused before, never after, its erase.
     */
    PHONE_NOT_CERTIFIABLE(false),
    /**
     * The phone's storage is not proven encrypted, so a reset is no cryptographic erase, and the
     * jurisdiction takes only phones the kiosk can purge.
     */
    STORAGE_NOT_ENCRYPTED(false),
    // The pre-erase gate's kiosk-side refusals: the kiosk could not take and pay for the phone.
    /** No bin is free and working to reserve for the phone. */
    NO_BIN_FREE(false, Side.KIOSK),
    /** The latch of the reserved bin does not answer, or reports a fault. */
    LATCH_UNAVAILABLE(false, Side.KIOSK),
    /** The printer cannot print and the on-screen receipt is not available either. */
    PRINTER_UNAVAILABLE(false, Side.KIOSK),
    /** The ledger cannot record the trade (closed, read-only, or its disk nearly full). */
    LEDGER_UNAVAILABLE(false, Side.KIOSK),
    /** The dock cannot start an erase on this phone (no device-owner helper to install, say). */
    ERASE_ROUTE_UNAVAILABLE(false, Side.KIOSK);

    /** Who the refusal is about. */
    private enum Side {
        PHONE_OR_SELLER,
        KIOSK
    }

    /** Whether the kiosk, not the phone or the seller, was the reason. */
    public boolean kioskSide() {
        return side == Side.KIOSK;
    }

    private final boolean fixable;
    private final Side side;

    RefusalReason(boolean fixable) {
        this(fixable, Side.PHONE_OR_SELLER);
    }

    RefusalReason(boolean fixable, Side side) {
        this.fixable = fixable;
        this.side = side;
    }

    /** Whether fixing the phone and pressing retry can succeed. */
    public boolean fixable() {
        return fixable;
    }
}

package org.cleartrade.core.session;

/** Why a phone (or a seller) was refused, with whether the seller can fix it on the spot and retry. */
public enum RefusalReason {
    ACCOUNT_SIGNED_IN(true),
    FACTORY_RESET_PROTECTION_ON(true),
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
    IDENTITY_EXPIRED(true);

    private final boolean fixable;

    RefusalReason(boolean fixable) {
        this.fixable = fixable;
    }

    /** Whether fixing the phone and pressing retry can succeed. */
    public boolean fixable() {
        return fixable;
    }
}

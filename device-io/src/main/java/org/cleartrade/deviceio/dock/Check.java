package org.cleartrade.deviceio.dock;

/** One inspection result, with the evidence in plain words. */
public record Check(Kind kind, Verdict verdict, String detail) {

    public enum Verdict {
        /** Checked and fine. */
        PASS,
        /** Checked and not fine: the seller must act, or the phone is refused. */
        FAIL,
        /** Could not be checked; never shown as a tick. */
        UNVERIFIED
    }

    public enum Kind {
        ACCOUNTS_SIGNED_OUT,
        FACTORY_RESET_PROTECTION_OFF,
        SIM_REMOVED,
        ESIM_REMOVED,
        SD_CARD_REMOVED,
        STORAGE_ENCRYPTED,
        NOT_ROOTED,
        BOOTLOADER_LOCKED,
        VERIFIED_BOOT,
        NO_DEVICE_OWNER,
        BATTERY_HEALTH
    }
}

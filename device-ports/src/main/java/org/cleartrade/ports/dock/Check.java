package org.cleartrade.ports.dock;

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

    /** What was checked, and on which platforms a dock checks it. */
    public enum Kind {
        ACCOUNTS_SIGNED_OUT(Platform.ANDROID),
        FACTORY_RESET_PROTECTION_OFF(Platform.ANDROID),
        SIM_REMOVED(Platform.ANDROID, Platform.IPHONE),
        ESIM_REMOVED(Platform.ANDROID, Platform.IPHONE),
        SD_CARD_REMOVED(Platform.ANDROID, Platform.IPHONE),
        STORAGE_ENCRYPTED(Platform.ANDROID, Platform.IPHONE),
        NOT_ROOTED(Platform.ANDROID),
        BOOTLOADER_LOCKED(Platform.ANDROID),
        VERIFIED_BOOT(Platform.ANDROID),
        /** Android: no device owner (MDM); iPhone: not supervised by an organisation. */
        NO_DEVICE_OWNER(Platform.ANDROID, Platform.IPHONE),
        BATTERY_HEALTH(Platform.ANDROID, Platform.IPHONE),
        /** Find My is off, so Activation Lock will not hold the erased iPhone to the seller's Apple ID. */
        FIND_MY_OFF(Platform.IPHONE),
        /**
         * Whether a passcode was set, recorded as a lock state before the erase. Informational: PASS
         * either way once read, UNVERIFIED when unreadable; it never refuses a phone.
         */
        PASSCODE_STATE(Platform.IPHONE);

        private final java.util.Set<Platform> platforms;

        Kind(Platform... platforms) {
            this.platforms = java.util.Set.of(platforms);
        }

        /** Whether a dock of {@code platform} reports this check. */
        public boolean appliesTo(Platform platform) {
            return platforms.contains(platform);
        }
    }
}

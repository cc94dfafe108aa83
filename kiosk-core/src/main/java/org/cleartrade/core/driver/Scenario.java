package org.cleartrade.core.driver;

import java.util.Set;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.session.Outcome;
import org.cleartrade.core.session.Phase;

/**
 * One kind of journey the driver plays: which phone the seller brings, what the seller does, and
 * which device fails. Each names the final phase and outcome it must end in; a journey that ends
 * elsewhere is reported.
 */
public enum Scenario {
    HAPPY("pixel-8-clean", Phase.COMPLETED, Outcome.COMPLETED),
    DECLINE("pixel-8-clean", Phase.ENDED, Outcome.DECLINED),
    CANCEL_AT_CONSENT("pixel-8-clean", Phase.ENDED, Outcome.CANCELLED),
    CANCEL_AT_DEPOSIT("pixel-8-clean", Phase.ENDED, Outcome.CANCELLED),
    FRP_REFUSED("galaxy-s23-frp", Phase.ENDED, Outcome.REFUSED),
    BLOCKED_IMEI("moto-g7-imei", Phase.ENDED, Outcome.REFUSED),
    UNPLUG_MID_INSPECTION("redmi-note-12-unplugged", Phase.ENDED, Outcome.WITHDRAWN),
    DEVICE_OWNER_REFUSED("xperia-10-v-mdm", Phase.ENDED, Outcome.REFUSED),
    /** The printer is out of paper: both receipts are saved from the screen. */
    PAPER_OUT("pixel-8-clean", Phase.COMPLETED, Outcome.COMPLETED),
    /** The paper runs out just before the voucher: the seller saves it from the screen. */
    PAPER_OUT_AT_PAYOUT("pixel-8-clean", Phase.COMPLETED, Outcome.COMPLETED),
    /** The voucher did not print and the seller leaves it on screen: staff are told what is owed. */
    VOUCHER_LEFT_ON_SCREEN("pixel-8-clean", Phase.OPERATOR_NEEDED, Outcome.WALKED_AWAY),
    /** The seller needs longer at the bin than the latch's own relock time, and asks for more time. */
    SLOW_AT_DEPOSIT("pixel-8-clean", Phase.COMPLETED, Outcome.COMPLETED),
    LATCH_JAM("pixel-8-clean", Phase.COMPLETED, Outcome.COMPLETED),
    DOOR_LEFT_OPEN("pixel-8-clean", Phase.OPERATOR_NEEDED, Outcome.WALKED_AWAY),
    WALK_AWAY_AT_OFFER("pixel-8-clean", Phase.OPERATOR_NEEDED, Outcome.WALKED_AWAY),
    WALK_AWAY_AT_DEPOSIT("pixel-8-clean", Phase.OPERATOR_NEEDED, Outcome.WALKED_AWAY),
    SWAP("pixel-8-clean", Phase.OPERATOR_NEEDED, Outcome.FAULT),
    /** A serial no certificate can carry (40 characters): refused at inspection, never erased. */
    SERIAL_UNCERTIFIABLE("pixel-8-long-serial", Phase.ENDED, Outcome.REFUSED),
    /** Something left in every free bin: the pre-erase gate finds none to reserve. */
    NO_BIN_FREE("pixel-8-clean", Phase.ENDED, Outcome.REFUSED),
    /** The latch controller's cable is out: the pre-erase gate cannot reserve a bin it can open. */
    LATCH_UNPLUGGED("pixel-8-clean", Phase.ENDED, Outcome.REFUSED),
    /**
     * A phone that, as every production phone does, comes back from its reset with USB debugging
     * off: gone from adb, on USB with its serial. The tray check reads the USB bus: paid.
     */
    RESET_ADB_GONE("pixel-7a-reset-adb-off", Phase.COMPLETED, Outcome.COMPLETED),
    /**
     * Android 14 hides the IMEI from adb; the device-owner helper reads it after consent and it is
     * on the block list: refused before the wipe, the helper taken off, nothing erased.
     */
    IMEI_HIDDEN_BLOCKED("galaxy-a35-imei-hidden", Phase.ENDED, Outcome.REFUSED),
    /**
     * Storage not encrypted: erased at Clear with a method line that claims no cryptographic erase
     * where the profile allows it (US-IL), refused at inspection where it does not (CN).
     */
    UNENCRYPTED("nokia-1-unencrypted", Phase.COMPLETED, Outcome.COMPLETED),
    /** The wipe broadcast is never answered: no erase, the helper taken off, the phone returned. */
    WIPE_REFUSED("redmi-note-8-pro-wipe-held", Phase.ENDED, Outcome.FAULT),
    // iPhones (assets/iphones), on the iPhone dock through usbmuxd and lockdownd.
    /** Unlocked, trusted, inspected, erased, back Unactivated: certified and paid. */
    IPHONE_HAPPY("iphone-13-clean", Phase.COMPLETED, Outcome.COMPLETED),
    /** Locked when plugged in: the seller unlocks it, then trusts the kiosk. */
    IPHONE_PASSCODE_LOCKED("iphone-12-passcode-locked", Phase.COMPLETED, Outcome.COMPLETED),
    /** The seller taps "Don't Trust", is told to plug in again, and trusts the second time. */
    IPHONE_TRUST_DECLINED("iphone-13-clean", Phase.COMPLETED, Outcome.COMPLETED),
    /** Find My is on: refused before the offer, coached to turn it off. */
    IPHONE_FIND_MY("iphone-14-pro-find-my", Phase.ENDED, Outcome.REFUSED),
    IPHONE_SIM_INSERTED("iphone-16-sim-inserted", Phase.ENDED, Outcome.REFUSED),
    IPHONE_UNPLUGGED("iphone-13-mini-unplugged", Phase.ENDED, Outcome.WITHDRAWN),
    /** The seller leaves the trusted iPhone on the dock at the offer: no pair record may outlive it. */
    IPHONE_WALK_AWAY_AT_OFFER("iphone-13-clean", Phase.OPERATOR_NEEDED, Outcome.WALKED_AWAY),
    /** MCInstall refuses the erase: nothing erased, the phone goes back. */
    IPHONE_ERASE_REFUSED("iphone-15-erase-refused", Phase.ENDED, Outcome.FAULT),
    /** Acknowledged but never back on USB: no certificate, staff told. */
    IPHONE_NEVER_RETURNS("iphone-11-never-returns", Phase.ENDED, Outcome.FAULT),
    /** Another phone (another serial) comes back after the erase: no certificate. */
    IPHONE_RETURNS_OTHER("iphone-se-returns-other", Phase.ENDED, Outcome.FAULT);

    private final String phone;
    private final Phase finalPhase;
    private final Outcome outcome;

    Scenario(String phone, Phase finalPhase, Outcome outcome) {
        this.phone = phone;
        this.finalPhase = finalPhase;
        this.outcome = outcome;
    }

    /** The phone scenario id the seller plugs in: assets/phones, or assets/iphones for an iPhone. */
    public String phone() {
        return phone;
    }

    /** Whether the seller brings an iPhone, which goes on the iPhone dock. */
    public boolean iphone() {
        return name().startsWith("IPHONE_");
    }

    /** Whether the seller leaves without a word once the offer is on screen. */
    boolean walksAwayAtOffer() {
        return this == WALK_AWAY_AT_OFFER || this == IPHONE_WALK_AWAY_AT_OFFER;
    }

    public Phase finalPhase() {
        return finalPhase;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The phase the journey must end in under {@code profile}. */
    public Phase finalPhase(JurisdictionProfile profile) {
        return refusedUnder(profile) ? Phase.ENDED : finalPhase;
    }

    /** The outcome the journey must end with under {@code profile}. */
    public Outcome outcome(JurisdictionProfile profile) {
        return refusedUnder(profile) ? Outcome.REFUSED : outcome;
    }

    private boolean refusedUnder(JurisdictionProfile profile) {
        return this == UNENCRYPTED && profile.unencryptedStorage() == JurisdictionProfile.UnencryptedStorage.REFUSE;
    }

    /** Scenarios whose seller walks away and leaves things for staff. */
    static final Set<Scenario> LEAVES_THINGS = Set.of(
            DOOR_LEFT_OPEN,
            WALK_AWAY_AT_OFFER,
            WALK_AWAY_AT_DEPOSIT,
            SWAP,
            VOUCHER_LEFT_ON_SCREEN,
            IPHONE_WALK_AWAY_AT_OFFER);
}

package org.cleartrade.core.session;

import java.util.List;
import org.cleartrade.ports.dock.Check;

/**
 * One line of the security checklist and whether the kiosk could verify it. The copy that says
 * what to do and why lives in the assets, keyed by {@link Topic}.
 */
public record ChecklistItem(Topic topic, Tick tick) {

    public enum Topic {
        BACKUP(List.of()),
        /** Android: accounts and Factory Reset Protection; iPhone: Find My (Activation Lock). */
        CLOUD_ACCOUNTS(List.of(
                Check.Kind.ACCOUNTS_SIGNED_OUT, Check.Kind.FACTORY_RESET_PROTECTION_OFF, Check.Kind.FIND_MY_OFF)),
        SIM(List.of(Check.Kind.SIM_REMOVED)),
        ESIM(List.of(Check.Kind.ESIM_REMOVED)),
        MEMORY_CARD(List.of(Check.Kind.SD_CARD_REMOVED)),
        PAYMENT_APPS(List.of()),
        PHONE_NUMBER(List.of()),
        WEARABLES(List.of());

        private final List<Check.Kind> verifiedBy;

        Topic(List<Check.Kind> verifiedBy) {
            this.verifiedBy = verifiedBy;
        }

        /**
         * The inspection checks that verify this item, on any platform (only those a phone's dock
         * reports count for it); empty when only the seller can do it.
         */
        public List<Check.Kind> verifiedBy() {
            return verifiedBy;
        }
    }

    public enum Tick {
        /** The phone has not been inspected yet. */
        NOT_CHECKED,
        /** Every check behind the item passed: shown ticked. */
        VERIFIED,
        /** A check behind the item failed: the seller must act. */
        FAILED,
        /** The kiosk tried and could not tell: never shown as a tick. */
        UNVERIFIED,
        /** The kiosk cannot check this; it is up to the seller. */
        SELLER_ONLY
    }
}

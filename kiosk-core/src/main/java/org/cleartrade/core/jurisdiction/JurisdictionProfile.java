package org.cleartrade.core.jurisdiction;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the law of the place where a kiosk stands asks of a trade. Loaded and validated by {@link
 * JurisdictionProfiles}; immutable.
 *
 * @param id for example {@code US-IL}
 * @param currency ISO 4217 code of quotes and vouchers
 * @param languages BCP 47 tags the screens offer, the first being the default
 * @param holdDays days a bought phone must stay in the kiosk before release (police hold)
 * @param identityRequired whether the seller's ID must be scanned before the erase
 * @param minimumAge the youngest seller allowed; checked only when identity is required
 * @param keptIdFields the ID fields the ledger keeps; every other field is dropped at scan time
 * @param personalDataRetention how long kept ID fields live before they are purged
 * @param blockListOutage what to do when the block list cannot be asked, or the IMEI could not be
 *     read even by the device-owner helper
 * @param unencryptedStorage what to do with a phone whose storage is not proven encrypted, whose
 *     factory reset is therefore no cryptographic erase
 */
public record JurisdictionProfile(
        String id,
        String currency,
        List<String> languages,
        int holdDays,
        boolean identityRequired,
        int minimumAge,
        Set<String> keptIdFields,
        Duration personalDataRetention,
        BlockListOutage blockListOutage,
        UnencryptedStorage unencryptedStorage) {

    public JurisdictionProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockListOutage, "blockListOutage");
        Objects.requireNonNull(unencryptedStorage, "unencryptedStorage");
        languages = List.copyOf(languages);
        keptIdFields = Set.copyOf(keptIdFields);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("jurisdiction " + id + ": languages must not be empty");
        }
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public enum BlockListOutage {
        /** Refuse the phone: no trade without a clear block-list answer. */
        REFUSE,
        /** Buy the phone but flag the trade for review before release. */
        ACCEPT_AND_FLAG
    }

    public enum UnencryptedStorage {
        /** Refuse the phone at inspection: the kiosk erases only what it can purge. */
        REFUSE,
        /**
         * Erase it at NIST "Clear": the certificate and consent say the data was deleted and the
         * storage reformatted, never a cryptographic erase or "Purge".
         */
        ERASE_AT_CLEAR
    }
}

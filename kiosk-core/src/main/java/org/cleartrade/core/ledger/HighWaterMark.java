package org.cleartrade.core.ledger;

import java.util.Objects;

/**
 * How far this kiosk's ledger had got at its last synced commit: which ledger (its random
 * identity), how many journal entries, and the audit chain's length and head hash. The kiosk keeps
 * it beside its keys to refuse a lost ledger at start, and reports it in every heartbeat, so the
 * fleet sees a kiosk whose ledger went back (restored from an older backup) or was replaced.
 */
public record HighWaterMark(String ledgerId, long journalEntries, long auditLinks, String auditHead) {

    public HighWaterMark {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(auditHead, "auditHead");
        if (journalEntries < 0 || auditLinks < 0) {
            throw new IllegalArgumentException("negative count in a high-water mark");
        }
    }
}

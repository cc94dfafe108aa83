package org.cleartrade.fleet.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A ledger high-water mark as a kiosk reports it in its heartbeat: which ledger, how many journal
 * entries, and the audit chain's length and head hash. Journal and audit chain only ever grow, so a
 * report with less than the previous one of the same ledger, or naming another ledger, means the
 * kiosk's ledger went back: restored from an older backup, or replaced.
 */
public record ReportedLedgerMark(String ledgerId, long journalEntries, long auditLinks, String auditHead) {

    public ReportedLedgerMark {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(auditHead, "auditHead");
    }

    /**
     * What went wrong between the previous report and this one, in plain English; empty when this
     * one carries on from it. A fork (the same number of audit links with another head) counts: the
     * chain was rewritten from a copy.
     */
    public Optional<String> wentBackFrom(ReportedLedgerMark previous) {
        if (!previous.ledgerId.equals(ledgerId)) {
            return Optional.of("the kiosk reports another ledger (" + ledgerId + ") than before (" + previous.ledgerId
                    + ", " + previous.counts() + "): its ledger was replaced");
        }
        if (journalEntries < previous.journalEntries || auditLinks < previous.auditLinks) {
            return Optional.of("the ledger went back from " + previous.counts() + " to " + counts()
                    + ": restored from an older copy?");
        }
        if (auditLinks == previous.auditLinks && !auditHead.equals(previous.auditHead)) {
            return Optional.of("the audit chain forked at " + auditLinks + " links (head " + previous.shortHead()
                    + " then " + shortHead() + ")");
        }
        return Optional.empty();
    }

    private String counts() {
        return journalEntries + " journal entries and " + auditLinks + " audit links";
    }

    private String shortHead() {
        return auditHead.substring(0, Math.min(12, auditHead.length())) + "…";
    }
}

package org.cleartrade.core.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Read-only history for exports and audits, by time range {@code [from, to)}. Implemented by the
 * ledger module beside {@link Ledger}.
 */
public interface LedgerHistory {

    /** Trades last updated within the range, oldest first. */
    List<TradeRecord> trades(Instant from, Instant to);

    /** Certificates issued within the range, oldest first. */
    List<LedgerFact.CertificateIssued> certificates(Instant from, Instant to);

    /** Audit links written within the range, in chain order. */
    List<AuditRecord> audit(Instant from, Instant to);

    /**
     * One link of the audit chain as stored.
     *
     * @param hash hex SHA-256 of the previous link's hash and this link's fields
     */
    record AuditRecord(long link, Instant at, String actor, String action, String detail, String hash) {}
}

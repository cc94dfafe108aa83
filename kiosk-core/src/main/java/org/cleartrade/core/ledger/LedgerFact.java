package org.cleartrade.core.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.outbox.OutboxDocument;

/** Something a transition decided, stored in the same transaction as its journal entry. */
public sealed interface LedgerFact {

    /** Inserts or replaces the trade row. */
    record TradeSaved(TradeRecord trade) implements LedgerFact {}

    /**
     * @param document the full certificate in its canonical text form
     * @param qrPayload the signed compact payload printed as QR
     */
    record CertificateIssued(String certificateId, String tradeId, String document, String qrPayload, Instant issuedAt)
            implements LedgerFact {}

    /** A single-use payout voucher; the ledger refuses a second voucher for the same trade. */
    record VoucherIssued(
            String voucherId, String tradeId, long amountMinor, String currency, Instant expiresAt, String qrPayload)
            implements LedgerFact {}

    /**
     * The pre-erase gate reserved a free bin for a trade before its phone is erased: offered to no
     * other trade until the phone goes in, the trade is voided or its session ends. Reserving
     * another bin for the same trade moves the reservation. The ledger refuses a bin that holds a
     * phone or is reserved for another trade.
     */
    record BinReserved(int bin, String tradeId) implements LedgerFact {}

    /** A phone is now locked in a bin. */
    record PhoneBinned(int bin, String tradeId, Instant holdUntil) implements LedgerFact {}

    /** A phone left its bin in the operator's hands. */
    record PhoneReleased(int bin, String tradeId, String operatorId) implements LedgerFact {}

    /**
     * Personal data the jurisdiction requires, kept only until {@code keepUntil}.
     *
     * @param fields only the fields the jurisdiction profile names
     */
    record IdentityKept(String tradeId, Map<String, String> fields, Instant keepUntil) implements LedgerFact {}

    /**
     * A signed chain-of-custody manifest: which phones left which bins, in whose hands, and every
     * discrepancy found on the way.
     *
     * @param document the manifest in its canonical text form
     * @param signature Base64 Ed25519 signature over {@code document} by the kiosk key {@code keyId}
     */
    record CustodyManifestIssued(
            String manifestId, String operatorId, String document, String keyId, String signature, Instant issuedAt)
            implements LedgerFact {}

    /** One link of the hash-chained audit log. */
    record Audited(String actor, String action, String detail) implements LedgerFact {}

    /**
     * A document for the fleet that no other fact carries (how a session ended); the ledger
     * queues it in its outbox. Other facts are reported by the ledger on its own ({@code
     * OutboxDocuments}).
     */
    record Outbound(OutboxDocument document) implements LedgerFact {}

    /**
     * Something staff must look at, open until an operator resolves it. Raising the same alert
     * id again is ignored.
     *
     * @param kind an {@code OperatorAlert.Kind} name
     * @param detail what the kiosk knows, in English, without personal data
     */
    record AlertRaised(
            String alertId,
            String kind,
            String sessionId,
            OptionalInt bin,
            Optional<String> tradeId,
            String detail,
            Instant raisedAt)
            implements LedgerFact {}

    /** An operator looked into an alert and closed it. */
    record AlertResolved(String alertId, String operatorId) implements LedgerFact {}

    /**
     * A staff account is deleted, with its sign-in state; {@code reason} goes to the audit log.
     * Removing an id that has no account changes nothing but the audit log.
     */
    record OperatorRemoved(String operatorId, String reason) implements LedgerFact {}
}

package org.cleartrade.core.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.outbox.OutboxDocument;
import org.cleartrade.pricing.quote.Money;

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

    /**
     * What the seller of a trade agreed to, pinned when they agreed: the consent text exactly as
     * the screen showed it, its language and its SHA-256. The trade's certificate cites this
     * record by its hash. At most one per trade.
     *
     * @param textSha256 lowercase hex SHA-256 of {@code text} in UTF-8
     */
    record ConsentRecorded(
            String tradeId, String textVersion, String language, String textSha256, String text, Instant consentedAt)
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
     * @param owed what the seller of {@code tradeId} is owed: their phone was erased and the session
     *     ended before the payout reached them. The ledger refuses to resolve such an alert until
     *     the seller is paid or the trade is voided.
     */
    record AlertRaised(
            String alertId,
            String kind,
            String sessionId,
            OptionalInt bin,
            Optional<String> tradeId,
            String detail,
            Instant raisedAt,
            Optional<Money> owed)
            implements LedgerFact {

        public AlertRaised {
            Objects.requireNonNull(owed, "owed");
            if (owed.isPresent() && tradeId.isEmpty()) {
                throw new IllegalArgumentException("alert " + alertId + " names money owed but no trade");
            }
        }

        /** An alert that owes nobody money. */
        public AlertRaised(
                String alertId,
                String kind,
                String sessionId,
                OptionalInt bin,
                Optional<String> tradeId,
                String detail,
                Instant raisedAt) {
            this(alertId, kind, sessionId, bin, tradeId, detail, raisedAt, Optional.empty());
        }
    }

    /**
     * The payout reached the seller of a trade; from now on the trade is paid. At most one per
     * trade.
     *
     * @param voucherId the voucher that reached the seller; empty when staff paid by hand without one
     * @param actor {@code seller} when the seller took the voucher from the printer or the screen,
     *     otherwise the operator who handed it over or paid
     */
    record SellerPaid(String tradeId, How how, Optional<String> voucherId, String actor, Money amount)
            implements LedgerFact {

        public SellerPaid {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(voucherId, "voucherId");
            if (how == How.BY_HAND == voucherId.isPresent()) {
                throw new IllegalArgumentException(
                        "trade " + tradeId + ": " + how + (voucherId.isPresent() ? " names" : " needs") + " a voucher");
            }
        }

        public enum How {
            /** The seller took the printed voucher. */
            VOUCHER_PRINTED,
            /** The voucher did not print; the seller scanned or photographed its QR on screen. */
            VOUCHER_SAVED_FROM_SCREEN,
            /** Staff finished the trade and the voucher printed for them to hand over. */
            VOUCHER_BY_STAFF,
            /** Staff paid the seller by hand; any voucher of the trade is voided. */
            BY_HAND
        }
    }

    /** A voucher that must never be redeemed: the seller was paid another way. */
    record VoucherVoided(String voucherId, String tradeId, String operatorId, String reason) implements LedgerFact {}

    /**
     * An erased phone went back to its owner instead of into a bin; the trade is voided in the same
     * commit. Marks the trade's certificate: it stays a true record of the erasure, but the phone was
     * not bought.
     *
     * @param actor {@code seller} when the seller cancelled and took it, otherwise the operator
     */
    record ErasedPhoneReturned(String tradeId, String actor) implements LedgerFact {}

    /** An operator looked into an alert and closed it. */
    record AlertResolved(String alertId, String operatorId) implements LedgerFact {}

    /**
     * A staff account is deleted, with its sign-in state; {@code reason} goes to the audit log.
     * Removing an id that has no account changes nothing but the audit log.
     */
    record OperatorRemoved(String operatorId, String reason) implements LedgerFact {}
}

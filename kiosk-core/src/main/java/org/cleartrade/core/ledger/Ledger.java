package org.cleartrade.core.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.pricing.quote.Money;

/**
 * The kiosk's durable record: the session journal, trades, certificates, vouchers, bins, custody,
 * the hash-chained audit log and the outbox. Implemented by the {@code ledger} module.
 *
 * <p>Each session transition is committed together with the facts it decided, in one transaction.
 * Before anything physical happens (erase, print, unlatch, lock) the session commits with {@link
 * Durability#SYNCED}, which returns only once the bytes are on disk: a power cut after the
 * physical action can never lose the decision that caused it.
 *
 * <p>Threading: safe for concurrent use.
 */
public interface Ledger {

    /** Commits a journal entry and the facts it decided, atomically. */
    void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability);

    /**
     * Syncs everything already committed to the storage device and moves the ledger's mark on, as
     * a {@link Durability#SYNCED} commit does after writing. For a commit that landed (its journal
     * entry is in {@link #journal}) but whose sync or mark write failed: the session makes the
     * landed decision durable instead of committing it again. Doing it twice is harmless.
     *
     * @throws LedgerException when the sync or the mark fails again
     */
    void makeDurable();

    /** The latest journal entry of every session that has not ended, oldest first. */
    List<JournalEntry> openSessions();

    /** Every journal entry of one session, in order. */
    List<JournalEntry> journal(String sessionId);

    Optional<TradeRecord> trade(String tradeId);

    /**
     * The trades whose session carries the short reference the seller was shown ({@link
     * org.cleartrade.core.session.SellerReference}), newest first. Usually one; two sessions may
     * share a reference, and then staff need the full trade id.
     */
    List<TradeRecord> tradesByReference(String sellerReference);

    /**
     * What each bin holds now, by bin number. Only bins that hold or have held a phone are listed;
     * a bin not listed is empty. The latch, not the ledger, knows how many bins there are.
     */
    List<BinContent> binContents();

    /**
     * Bins the pre-erase gate reserved for a trade ({@link LedgerFact.BinReserved}) and not yet
     * used or released, by bin. A reservation ends when the trade's phone goes into a bin, when the
     * trade is voided, or when its session ends; a reserved bin is offered to no other trade.
     */
    List<BinReservation> binReservations();

    /**
     * Why the ledger could not record a trade now (closed, read-only, its disk nearly full);
     * empty when it can. The pre-erase gate asks before every erase.
     */
    Optional<String> writeProblem();

    /** The stored certificate of a trade. */
    Optional<LedgerFact.CertificateIssued> certificate(String tradeId);

    /** The voucher issued for a trade, if any; at most one exists per trade. */
    Optional<LedgerFact.VoucherIssued> voucher(String tradeId);

    /** Alerts no operator has resolved yet, oldest first. */
    List<LedgerFact.AlertRaised> openAlerts();

    /** How the seller of a trade was settled with, as far as that happened. */
    Settlement settlement(String tradeId);

    /**
     * What the seller of a trade is still owed: the phone was erased (a certificate exists), the
     * trade was not voided, and no payout reached the seller. Empty for any other trade.
     */
    default Optional<Money> owedToSeller(String tradeId) {
        Optional<TradeRecord> trade = trade(tradeId);
        if (trade.isEmpty()
                || trade.get().status() == TradeRecord.Status.VOIDED
                || certificate(tradeId).isEmpty()
                || settlement(tradeId).paid().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Money(trade.get().offerMinor(), trade.get().currency()));
    }

    /** Walks the audit chain from its first link and reports the first break, if any. */
    AuditVerification verifyAuditChain();

    /**
     * Outbox documents not yet acknowledged by the fleet, in sequence order. Every fact the
     * ledger stores that the fleet is told of ({@code OutboxDocuments}) is queued in the same
     * transaction, numbered 1, 2, 3... without gaps.
     */
    List<OutboxMessage> pendingOutbox(int limit);

    /** Marks documents as stored by the fleet; they are not offered again. */
    void markSent(List<Long> sequenceNumbers);

    /** Deletes personal data whose keep-until has passed; returns how many records were purged. */
    int purgePersonalData(Instant now);

    /** How a commit reaches the disk. */
    enum Durability {
        /** Committed; may sit in the database's write buffer for a moment. */
        BUFFERED,
        /** Committed and synced to the storage device before this call returns. */
        SYNCED
    }

    record BinContent(int bin, Optional<String> tradeId, Optional<Instant> holdUntil) {}

    record BinReservation(int bin, String tradeId) {}

    /**
     * A trade's settlement with its seller: the payout that reached them, a voucher voided because
     * they were paid another way, the erased phone given back to them.
     */
    record Settlement(
            Optional<LedgerFact.SellerPaid> paid,
            Optional<LedgerFact.VoucherVoided> voucherVoided,
            Optional<LedgerFact.ErasedPhoneReturned> phoneReturned) {
        public static final Settlement NONE = new Settlement(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param seq this kiosk's sequence number of the document: 1, 2, 3... without gaps
     * @param document the JSON document ({@code OutboxDocument#json})
     */
    record OutboxMessage(long seq, String type, int version, String document, Instant createdAt) {}

    record AuditVerification(long links, boolean intact, Optional<Long> firstBrokenLink) {}
}

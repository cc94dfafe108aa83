package org.cleartrade.fleet.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * A kiosk ledger that holds only its outbox, for driving the kiosk's real uploader: documents are
 * numbered 1, 2, 3... as the ledger numbers them, and {@link #loseNextAcknowledgement} drops the
 * next {@code markSent}, as a kiosk that crashed before recording it would.
 */
public final class OutboxOnlyLedger implements Ledger {

    private final List<OutboxMessage> documents = new ArrayList<>();
    private final Set<Long> sent = new TreeSet<>();
    private boolean loseNext;

    public synchronized long add(String type, String json) {
        long seq = documents.size() + 1L;
        documents.add(new OutboxMessage(
                seq, type, 1, json, Instant.parse("2026-12-04T10:00:00Z").plusSeconds(seq)));
        return seq;
    }

    public synchronized void loseNextAcknowledgement() {
        loseNext = true;
    }

    public synchronized Set<Long> sent() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sent));
    }

    @Override
    public synchronized List<OutboxMessage> pendingOutbox(int limit) {
        return documents.stream()
                .filter(m -> !sent.contains(m.seq()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void markSent(List<Long> sequenceNumbers) {
        if (loseNext) {
            loseNext = false;
            return;
        }
        sent.addAll(sequenceNumbers);
    }

    @Override
    public void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        throw unused();
    }

    @Override
    public List<JournalEntry> openSessions() {
        throw unused();
    }

    @Override
    public List<JournalEntry> journal(String sessionId) {
        throw unused();
    }

    @Override
    public Optional<TradeRecord> trade(String tradeId) {
        throw unused();
    }

    @Override
    public List<TradeRecord> tradesByReference(String sellerReference) {
        throw unused();
    }

    @Override
    public Settlement settlement(String tradeId) {
        throw unused();
    }

    @Override
    public List<BinContent> binContents() {
        throw unused();
    }

    @Override
    public Optional<LedgerFact.CertificateIssued> certificate(String tradeId) {
        throw unused();
    }

    @Override
    public Optional<LedgerFact.VoucherIssued> voucher(String tradeId) {
        throw unused();
    }

    @Override
    public List<BinReservation> binReservations() {
        throw unused();
    }

    @Override
    public void makeDurable() {
        throw unused();
    }

    @Override
    public Optional<String> writeProblem() {
        throw unused();
    }

    @Override
    public List<LedgerFact.AlertRaised> openAlerts() {
        throw unused();
    }

    @Override
    public AuditVerification verifyAuditChain() {
        throw unused();
    }

    @Override
    public int purgePersonalData(Instant now) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("the outbox uploader uses only pendingOutbox and markSent");
    }
}

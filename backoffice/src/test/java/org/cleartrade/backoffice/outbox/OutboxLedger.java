package org.cleartrade.backoffice.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;

/** A ledger that holds only an outbox in memory; the uploader touches nothing else. */
final class OutboxLedger implements Ledger {

    private final List<OutboxMessage> pending = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();

    void add(String type, String document, Instant createdAt) {
        pending.add(new OutboxMessage(pending.size() + sent.size() + 1L, type, 1, document, createdAt));
    }

    List<Long> sentIds() {
        return sent;
    }

    @Override
    public synchronized List<OutboxMessage> pendingOutbox(int limit) {
        return List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
    }

    @Override
    public synchronized void markSent(List<Long> outboxIds) {
        pending.removeIf(m -> outboxIds.contains(m.seq()));
        sent.addAll(outboxIds);
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
    public List<BinContent> binContents() {
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
    public Settlement settlement(String tradeId) {
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

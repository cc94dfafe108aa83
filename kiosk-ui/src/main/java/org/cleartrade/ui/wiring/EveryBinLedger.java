package org.cleartrade.ui.wiring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * A ledger whose {@link #binContents()} lists every bin of the bank, 1 to {@code bins}, empty ones
 * included: the H2 ledger only has rows for bins that have held a phone, and readers that walk the
 * bank by index (the journey driver's staff round) need all of them. Everything else delegates.
 */
public final class EveryBinLedger implements Ledger {

    private final Ledger delegate;
    private final int bins;

    public EveryBinLedger(Ledger delegate, int bins) {
        this.delegate = delegate;
        this.bins = bins;
    }

    @Override
    public List<BinContent> binContents() {
        List<BinContent> known = delegate.binContents();
        List<BinContent> all = new ArrayList<>(bins);
        for (int bin = 1; bin <= bins; bin++) {
            int number = bin;
            all.add(known.stream()
                    .filter(c -> c.bin() == number)
                    .findFirst()
                    .orElse(new BinContent(number, Optional.empty(), Optional.empty())));
        }
        return all;
    }

    @Override
    public void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        delegate.commit(entry, facts, durability);
    }

    @Override
    public List<JournalEntry> openSessions() {
        return delegate.openSessions();
    }

    @Override
    public List<JournalEntry> journal(String sessionId) {
        return delegate.journal(sessionId);
    }

    @Override
    public Optional<TradeRecord> trade(String tradeId) {
        return delegate.trade(tradeId);
    }

    @Override
    public Optional<LedgerFact.CertificateIssued> certificate(String tradeId) {
        return delegate.certificate(tradeId);
    }

    @Override
    public Optional<LedgerFact.VoucherIssued> voucher(String tradeId) {
        return delegate.voucher(tradeId);
    }

    @Override
    public AuditVerification verifyAuditChain() {
        return delegate.verifyAuditChain();
    }

    @Override
    public List<OutboxMessage> pendingOutbox(int limit) {
        return delegate.pendingOutbox(limit);
    }

    @Override
    public void markSent(List<Long> outboxIds) {
        delegate.markSent(outboxIds);
    }

    @Override
    public int purgePersonalData(Instant now) {
        return delegate.purgePersonalData(now);
    }
}

package org.cleartrade.ledger.killtest;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * The kill test's window on the ledger: once a {@link Durability#SYNCED} commit has returned, it
 * tells the parent {@code ACK <session> <seq> <phase>} on stdout, flushed. What the parent was
 * told must survive any kill that comes after.
 *
 * <p>With {@code early} it acknowledges a synced commit before making it, and waits {@link
 * #SLOW_DISK} in between as a slow disk would: the control experiment that shows the harness
 * catches lost acknowledgements, since a kill between the two loses one.
 */
final class AcknowledgingLedger implements Ledger {

    static final Duration SLOW_DISK = Duration.ofMillis(20);

    private final Ledger ledger;
    private final PrintStream out;
    private final boolean early;

    AcknowledgingLedger(Ledger ledger, PrintStream out, boolean early) {
        this.ledger = ledger;
        this.out = out;
        this.early = early;
    }

    @Override
    public void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        boolean synced = durability == Durability.SYNCED;
        if (synced && early) {
            acknowledge(entry);
            pause();
        }
        ledger.commit(entry, facts, durability);
        if (synced && !early) {
            acknowledge(entry);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SLOW_DISK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between acknowledging and committing", e);
        }
    }

    private void acknowledge(JournalEntry entry) {
        synchronized (out) {
            out.println("ACK " + entry.sessionId() + " " + entry.seq() + " " + entry.toPhase());
            out.flush();
        }
    }

    @Override
    public List<JournalEntry> openSessions() {
        return ledger.openSessions();
    }

    @Override
    public List<JournalEntry> journal(String sessionId) {
        return ledger.journal(sessionId);
    }

    @Override
    public Optional<TradeRecord> trade(String tradeId) {
        return ledger.trade(tradeId);
    }

    @Override
    public List<BinContent> binContents() {
        return ledger.binContents();
    }

    @Override
    public List<BinReservation> binReservations() {
        return ledger.binReservations();
    }

    @Override
    public Optional<String> writeProblem() {
        return ledger.writeProblem();
    }

    @Override
    public List<LedgerFact.AlertRaised> openAlerts() {
        return ledger.openAlerts();
    }

    @Override
    public Settlement settlement(String tradeId) {
        return ledger.settlement(tradeId);
    }

    @Override
    public Optional<LedgerFact.CertificateIssued> certificate(String tradeId) {
        return ledger.certificate(tradeId);
    }

    @Override
    public Optional<LedgerFact.VoucherIssued> voucher(String tradeId) {
        return ledger.voucher(tradeId);
    }

    @Override
    public AuditVerification verifyAuditChain() {
        return ledger.verifyAuditChain();
    }

    @Override
    public List<OutboxMessage> pendingOutbox(int limit) {
        return ledger.pendingOutbox(limit);
    }

    @Override
    public void markSent(List<Long> outboxIds) {
        ledger.markSent(outboxIds);
    }

    @Override
    public int purgePersonalData(Instant now) {
        return ledger.purgePersonalData(now);
    }
}

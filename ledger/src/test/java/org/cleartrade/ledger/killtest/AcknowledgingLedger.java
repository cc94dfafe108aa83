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
 *
 * <p>With a {@link Cut}, once {@link #arm armed}, the process halts (as abruptly as a SIGKILL: no
 * shutdown hooks, nothing flushed but what was already) at the first commit into the cut's phase,
 * just before or just after making it: a kill placed exactly on one step of a journey.
 */
final class AcknowledgingLedger implements Ledger {

    static final Duration SLOW_DISK = Duration.ofMillis(20);

    /** The exit status of a process that halted at its cut. */
    static final int CUT_EXIT = 86;

    /**
     * Where to kill the process: at the first commit into {@code phase}, before it is made or
     * after it returned. Written {@code PHASE:before} or {@code PHASE:after}.
     */
    record Cut(String phase, boolean before) {
        static Cut parse(String text) {
            String[] parts = text.split(":", 2);
            if (parts.length != 2 || !parts[1].equals("before") && !parts[1].equals("after")) {
                throw new IllegalArgumentException("a cut is PHASE:before or PHASE:after, was " + text);
            }
            return new Cut(parts[0], parts[1].equals("before"));
        }

        @Override
        public String toString() {
            return phase + ":" + (before ? "before" : "after");
        }
    }

    private final Ledger ledger;
    private final PrintStream out;
    private final boolean early;
    private final Optional<Cut> cut;
    private volatile boolean armed;

    AcknowledgingLedger(Ledger ledger, PrintStream out, boolean early) {
        this(ledger, out, early, Optional.empty());
    }

    AcknowledgingLedger(Ledger ledger, PrintStream out, boolean early, Optional<Cut> cut) {
        this.ledger = ledger;
        this.out = out;
        this.early = early;
        this.cut = cut;
    }

    /** From now on the cut applies (recovery at start runs unarmed). */
    void arm() {
        armed = true;
    }

    @Override
    public void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        boolean synced = durability == Durability.SYNCED;
        boolean cutHere =
                armed && cut.filter(c -> c.phase().equals(entry.toPhase())).isPresent();
        if (cutHere && cut.get().before()) {
            halt();
        }
        if (synced && early) {
            acknowledge(entry);
            pause();
        }
        ledger.commit(entry, facts, durability);
        if (synced && !early) {
            acknowledge(entry);
        }
        if (cutHere) {
            halt();
        }
    }

    /**
     * Halts the process, as at a cut, once {@link #arm armed}: a cut placed by a device step rather
     * than by a commit (recovery at start runs unarmed and goes past it).
     */
    void haltIfArmed() {
        if (armed) {
            halt();
        }
    }

    private void halt() {
        synchronized (out) {
            out.flush();
        }
        Runtime.getRuntime().halt(CUT_EXIT);
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
    public List<TradeRecord> tradesByReference(String sellerReference) {
        return ledger.tradesByReference(sellerReference);
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
    public void makeDurable() {
        ledger.makeDurable();
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

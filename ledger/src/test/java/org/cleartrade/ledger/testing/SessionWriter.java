package org.cleartrade.ledger.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;

/**
 * Writes one session's transitions to a ledger the way the session engine does: consecutive seq
 * numbers from 1, the facts of each transition in the same commit.
 */
public final class SessionWriter {
    private final Ledger ledger;
    private final String sessionId;
    private final Clock clock;
    private long seq;
    private String phase;

    public SessionWriter(Ledger ledger, String sessionId, Clock clock) {
        this(ledger, sessionId, clock, 0, "IDLE");
    }

    /** Continues a session whose last committed entry was {@code lastSeq}, now in {@code phase}. */
    public SessionWriter(Ledger ledger, String sessionId, Clock clock, long lastSeq, String phase) {
        this.ledger = ledger;
        this.sessionId = sessionId;
        this.clock = clock;
        this.seq = lastSeq;
        this.phase = phase;
    }

    public JournalEntry step(String event, String toPhase, Durability durability, LedgerFact... facts) {
        return commit(event, toPhase, false, durability, facts);
    }

    public JournalEntry end(String event, String toPhase, Durability durability, LedgerFact... facts) {
        return commit(event, toPhase, true, durability, facts);
    }

    /** The entry the next step would commit, without committing it. */
    public JournalEntry next(String event, String toPhase, boolean ended) {
        Instant at = clock.instant();
        return new JournalEntry(sessionId, seq + 1, at, phase, event, toPhase, snapshot(toPhase, at), ended);
    }

    private JournalEntry commit(
            String event, String toPhase, boolean ended, Durability durability, LedgerFact... facts) {
        JournalEntry entry = next(event, toPhase, ended);
        ledger.commit(entry, List.of(facts), durability);
        seq = entry.seq();
        phase = toPhase;
        return entry;
    }

    private String snapshot(String toPhase, Instant at) {
        return "{\"session\":\"" + sessionId + "\",\"phase\":\"" + toPhase + "\",\"at\":\"" + at + "\"}";
    }

    public String sessionId() {
        return sessionId;
    }

    public long seq() {
        return seq;
    }
}

package org.cleartrade.core.ledger;

import java.time.Instant;

/**
 * One session transition as the journal keeps it.
 *
 * @param seq 1-based position in the session; the ledger refuses a gap or a repeat
 * @param snapshot the session's state after the transition, in the session's own text encoding
 * @param ended the session reached a final phase
 */
public record JournalEntry(
        String sessionId,
        long seq,
        Instant at,
        String fromPhase,
        String event,
        String toPhase,
        String snapshot,
        boolean ended) {}

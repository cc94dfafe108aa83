package org.cleartrade.core.session;

import java.time.Instant;
import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.machine.DurableCommit;
import org.cleartrade.core.machine.Step;

/**
 * One step of the machine: the snapshot before and after, the facts to commit with the journal
 * entry, and the effects to execute once the commit returned.
 */
public record Transition(
        SessionSnapshot from,
        SessionEvent event,
        SessionSnapshot to,
        Instant at,
        List<LedgerFact> facts,
        List<Effect> effects)
        implements Step<SessionSnapshot, Effect> {

    public Transition {
        facts = List.copyOf(facts);
        effects = List.copyOf(effects);
    }

    /** {@code SYNCED} when an effect acts on the physical world: the decision must be on disk first. */
    public Ledger.Durability durability() {
        return DurableCommit.durability(effects);
    }

    /** The journal entry of this transition, with the snapshot in its text encoding. */
    @Override
    public JournalEntry journalEntry() {
        return new JournalEntry(
                to.sessionId(),
                to.seq(),
                at,
                from.phase().name(),
                event.journalName(),
                to.phase().name(),
                SnapshotCodec.encode(to),
                to.phase().isFinal());
    }
}

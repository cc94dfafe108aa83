package org.cleartrade.core.machine;

import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerFact;

/**
 * One step of a machine: the state it leads to, the journal entry and the ledger facts committed
 * together, and the effects to run from that state once the commit returned.
 *
 * @param <S> the machine's state
 * @param <E> the machine's effects
 */
public interface Step<S, E extends Effect> {

    S to();

    JournalEntry journalEntry();

    List<LedgerFact> facts();

    List<E> effects();
}

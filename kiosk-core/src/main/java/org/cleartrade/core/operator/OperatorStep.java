package org.cleartrade.core.operator;

import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.machine.Step;

/**
 * One step of the operator console: the state before and after, the journal entry and facts the
 * runner commits together, and the effects it runs once they are committed.
 */
public record OperatorStep(
        ConsoleState from,
        OperatorConsole.Event event,
        ConsoleState to,
        JournalEntry journalEntry,
        List<LedgerFact> facts,
        List<OperatorEffect> effects)
        implements Step<ConsoleState, OperatorEffect> {

    public OperatorStep {
        facts = List.copyOf(facts);
        effects = List.copyOf(effects);
    }
}

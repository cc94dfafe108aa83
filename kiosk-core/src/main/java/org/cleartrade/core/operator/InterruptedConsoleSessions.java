package org.cleartrade.core.operator;

import java.time.Clock;
import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;

/**
 * Ends the staff sessions a restart cut short. A staff member is never signed in across a restart:
 * the console starts signed out, and the journal says so. A bin that was open stays in the
 * controller's hands (it relocks by itself once its door is closed) and is named in the audit log
 * for the next restock to check.
 */
public final class InterruptedConsoleSessions {

    private InterruptedConsoleSessions() {}

    /** Closes every open console session in the ledger; returns how many there were. */
    public static int close(Ledger ledger, Clock clock) {
        int closed = 0;
        for (JournalEntry last : ledger.openSessions()) {
            if (!last.sessionId().startsWith(OperatorConsole.SESSION_PREFIX)) {
                continue;
            }
            String detail = "kiosk restarted while " + last.toPhase()
                    + (last.toPhase().equals(OperatorConsole.Phase.BIN_OPEN.name())
                            ? "; check the bin that was open (" + last.snapshot() + ")"
                            : "");
            ledger.commit(
                    new JournalEntry(
                            last.sessionId(),
                            last.seq() + 1,
                            clock.instant(),
                            last.toPhase(),
                            "Restarted",
                            OperatorConsole.Phase.SIGNED_OUT.name(),
                            "phase=SIGNED_OUT;restarted=true",
                            true),
                    List.of(new LedgerFact.Audited("kiosk", "operator.signout", detail)),
                    Ledger.Durability.SYNCED);
            closed++;
        }
        return closed;
    }
}

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
            String detail = "kiosk restarted while " + last.toPhase() + cutShort(last.snapshot());
            ledger.commit(
                    new JournalEntry(
                            last.sessionId(),
                            last.seq() + 1,
                            clock.instant(),
                            last.toPhase(),
                            "Restarted",
                            OperatorConsole.Phase.SIGNED_OUT.name(),
                            ConsoleJournal.restarted(),
                            true),
                    List.of(new LedgerFact.Audited("kiosk", "operator.signout", detail)),
                    Ledger.Durability.SYNCED);
            closed++;
        }
        return closed;
    }

    /**
     * What the last entry says was left to do: the bin that was open or moving, phones released
     * without a signed manifest, the answer the console waited for. Entries journaled before the
     * console ran on effects are read too; one that cannot be read is quoted as it stands.
     */
    static String cutShort(String journaled) {
        ConsoleJournal.Entry e;
        try {
            e = ConsoleJournal.decode(journaled);
        } catch (IllegalArgumentException unreadable) {
            return "; unreadable journal entry (" + unreadable.getMessage() + "): " + journaled;
        }
        StringBuilder detail = new StringBuilder();
        if (e.bin().isPresent()) {
            detail.append("; check bin ").append(e.bin().getAsInt()).append(", which was open or moving");
        }
        if (e.releaseCount() > 0) {
            detail.append("; ").append(e.releaseCount()).append(" phone(s) released without a signed manifest");
            if (!e.releasedTrades().isEmpty()) {
                detail.append(" (trades ")
                        .append(String.join(", ", e.releasedTrades()))
                        .append(')');
            }
        }
        if (e.discrepancies() > 0) {
            detail.append("; ").append(e.discrepancies()).append(" discrepancy(ies) not in a manifest");
        }
        e.awaiting().ifPresent(a -> detail.append("; it waited for ").append(a));
        return detail.toString();
    }
}

package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerJournalTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");
    private H2Ledger ledger;

    @BeforeEach
    void open() {
        ledger = H2Ledger.open(folder, clock);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void startsEmptyAfterMigratingANewFolder() {
        assertThat(ledger.openSessions()).isEmpty();
        assertThat(ledger.binContents()).isEmpty();
        assertThat(ledger.verifyAuditChain().intact()).isTrue();
        assertThat(ledger.verifyAuditChain().links()).isZero();
        assertThat(ledger.databaseFile()).exists();
    }

    @Test
    void keepsEveryEntryOfASessionInOrderWithItsFields() {
        SessionWriter session = new SessionWriter(ledger, "s1", clock);
        JournalEntry first = session.step("Start", "CHECKLIST", Durability.BUFFERED);
        JournalEntry second = session.step("Docked", "INSPECTING", Durability.SYNCED);

        assertThat(ledger.journal("s1")).containsExactly(first, second);
        assertThat(ledger.journal("unknown")).isEmpty();
    }

    @Test
    void refusesAGapInASessionJournal() {
        SessionWriter session = new SessionWriter(ledger, "s1", clock);
        session.step("Start", "CHECKLIST", Durability.BUFFERED);
        JournalEntry skipping = new JournalEntry("s1", 3, clock.instant(), "CHECKLIST", "Docked", "X", "{}", false);

        assertThatThrownBy(() -> ledger.commit(skipping, List.of(), Durability.SYNCED))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("expects seq 2")
                .hasMessageContaining("a gap");
        assertThat(ledger.journal("s1")).hasSize(1);
    }

    @Test
    void refusesARepeatedSeq() {
        SessionWriter session = new SessionWriter(ledger, "s1", clock);
        JournalEntry first = session.step("Start", "CHECKLIST", Durability.BUFFERED);

        assertThatThrownBy(() -> ledger.commit(first, List.of(), Durability.BUFFERED))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("a repeat");
    }

    @Test
    void refusesASessionThatDoesNotStartAtOne() {
        JournalEntry late = new JournalEntry("s9", 2, clock.instant(), "IDLE", "Start", "CHECKLIST", "{}", false);

        assertThatThrownBy(() -> ledger.commit(late, List.of(), Durability.BUFFERED))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("expects seq 1");
    }

    @Test
    void refusesAnEntryAfterTheSessionEnded() {
        SessionWriter session = new SessionWriter(ledger, "s1", clock);
        session.end("Cancel", "ENDED", Durability.BUFFERED);

        assertThatThrownBy(() -> session.step("Start", "CHECKLIST", Durability.BUFFERED))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("already ended");
    }

    @Test
    void listsOpenSessionsWithTheirLatestEntryOldestFirst() {
        SessionWriter older = new SessionWriter(ledger, "older", clock);
        SessionWriter ended = new SessionWriter(ledger, "ended", clock);
        SessionWriter newer = new SessionWriter(ledger, "newer", clock);
        older.step("Start", "CHECKLIST", Durability.BUFFERED);
        ended.step("Start", "CHECKLIST", Durability.BUFFERED);
        newer.step("Start", "CHECKLIST", Durability.BUFFERED);
        JournalEntry olderLatest = older.step("Docked", "INSPECTING", Durability.BUFFERED);
        ended.end("Cancel", "ENDED", Durability.BUFFERED);

        List<JournalEntry> open = ledger.openSessions();

        assertThat(open).extracting(JournalEntry::sessionId).containsExactly("older", "newer");
        assertThat(open.get(0)).isEqualTo(olderLatest);
    }

    @Test
    void rollsBackTheJournalEntryWhenOneOfItsFactsIsRefused() {
        SessionWriter session = new SessionWriter(ledger, "s1", clock);
        session.step("Start", "CHECKLIST", Durability.BUFFERED);

        assertThatThrownBy(() -> session.step(
                        "Accept",
                        "ACCEPTED",
                        Durability.SYNCED,
                        Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()),
                        Trades.voucher("t1", clock.instant())))
                .isInstanceOf(LedgerRefusedException.class);

        assertThat(ledger.journal("s1")).hasSize(1);
        assertThat(ledger.trade("t1")).isEmpty();
        assertThat(ledger.openSessions().get(0).seq()).isEqualTo(1);
    }

    @Test
    void refusesABlankSessionId() {
        JournalEntry blank = new JournalEntry(" ", 1, clock.instant(), "IDLE", "Start", "CHECKLIST", "{}", false);

        assertThatThrownBy(() -> ledger.commit(blank, List.of(), Durability.BUFFERED))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("sessionId");
    }
}

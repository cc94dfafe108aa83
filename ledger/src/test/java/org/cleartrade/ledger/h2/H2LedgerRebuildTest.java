package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger file never reuses space, so it is rebuilt when it grows; nothing may change but its size. */
class H2LedgerRebuildTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    @Test
    void aRebuiltLedgerHoldsTheSameRecordsInASmallerFile() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            for (int s = 1; s <= 20; s++) {
                SessionWriter session = new SessionWriter(ledger, "s" + s, clock);
                session.step(
                        "Accept",
                        "ERASING",
                        Durability.SYNCED,
                        Trades.saved("t" + s, "s" + s, Status.ACCEPTED, clock.instant()));
                session.step("Note", "ERASING", Durability.SYNCED, new Audited("seller", "consented", "scope=all"));
            }
        }
        long grown = Files.size(H2LedgerFile.databaseFile(folder));

        H2LedgerFile.rebuild(folder, "file:");

        assertThat(Files.size(H2LedgerFile.databaseFile(folder))).isLessThan(grown);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ledger.mv.db");
        }
        try (H2Ledger reopened = H2Ledger.open(folder, clock)) {
            assertThat(reopened.journal("s20")).hasSize(2);
            assertThat(reopened.trade("t7")).isPresent();
            assertThat(reopened.openSessions()).hasSize(20);
            assertThat(reopened.verifyAuditChain().links()).isEqualTo(20);
            assertThat(reopened.verifyAuditChain().intact()).isTrue();
            assertThat(reopened.checkInvariants()).isEmpty();
            SessionWriter after = new SessionWriter(reopened, "s21", clock);
            after.step(
                    "Accept",
                    "ERASING",
                    Durability.SYNCED,
                    Trades.saved("t21", "s21", Status.ACCEPTED, clock.instant()));
            assertThat(reopened.journal("s21")).hasSize(1);
        }
    }

    @Test
    void aRebuildCutShortLeavesNothingBehindAfterTheNextStart() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            new SessionWriter(ledger, "s1", clock)
                    .step(
                            "Accept",
                            "ERASING",
                            Durability.SYNCED,
                            Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
        }
        Files.writeString(folder.resolve("ledger-rebuilt.sql.gz"), "half a dump with personal data");
        Files.writeString(folder.resolve("ledger-rebuilt.mv.db"), "half a database");

        try (H2Ledger reopened = H2Ledger.open(folder, clock)) {
            assertThat(reopened.journal("s1")).hasSize(1);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ledger.mv.db");
        }
    }
}

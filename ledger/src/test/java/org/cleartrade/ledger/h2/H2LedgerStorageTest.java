package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.Ledger.AuditVerification;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerStorageTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    @Test
    void keepsEverythingAcrossCloseAndReopen() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);
            session.step(
                    "Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
            session.step("Note", "ERASING", Durability.BUFFERED, new Audited("seller", "consented", "scope=all"));
        }

        try (H2Ledger reopened = H2Ledger.open(folder, clock)) {
            assertThat(reopened.journal("s1")).hasSize(2);
            assertThat(reopened.trade("t1")).isPresent();
            assertThat(reopened.openSessions()).hasSize(1);
            assertThat(reopened.verifyAuditChain()).isEqualTo(new AuditVerification(1, true, Optional.empty()));
        }
    }

    @Test
    void chainsAuditLinksAndFindsARowTamperedWithPlainSql() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);
            for (int i = 0; i < 5; i++) {
                session.step("Note", "X", Durability.BUFFERED, new Audited("seller", "step", "detail " + i));
            }
            assertThat(ledger.verifyAuditChain()).isEqualTo(new AuditVerification(5, true, Optional.empty()));

            try (Connection sql = sqlConnection();
                    Statement statement = sql.createStatement()) {
                statement.executeUpdate("UPDATE audit_log SET detail = 'detail forged' WHERE link = 3");
            }

            assertThat(ledger.verifyAuditChain()).isEqualTo(new AuditVerification(2, false, Optional.of(3L)));
            assertThat(ledger.checkInvariants()).contains("audit chain breaks at link 3");
        }
    }

    @Test
    void findsAnAuditLinkDeletedFromTheMiddleOfTheChain() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);
            for (int i = 0; i < 4; i++) {
                session.step("Note", "X", Durability.BUFFERED, new Audited("seller", "step", "detail " + i));
            }
            try (Connection sql = sqlConnection();
                    Statement statement = sql.createStatement()) {
                statement.executeUpdate("DELETE FROM audit_log WHERE link = 2");
            }

            assertThat(ledger.verifyAuditChain().firstBrokenLink()).contains(2L);
        }
    }

    @Test
    void reportsAVoucherForcedInWithPlainSqlAsAnInvariantViolation() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);
            session.step(
                    "Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
            try (Connection sql = sqlConnection();
                    Statement statement = sql.createStatement()) {
                statement.executeUpdate("INSERT INTO vouchers (voucher_id, trade_id, amount_minor, currency,"
                        + " expires_at, qr_payload, issued_at, ledger_seq) VALUES ('V-x', 't1', 1, 'USD',"
                        + " CURRENT_TIMESTAMP, 'qr', CURRENT_TIMESTAMP, NEXT VALUE FOR ledger_seq)");
            }

            assertThat(ledger.checkInvariants())
                    .containsExactly(
                            "voucher V-x of trade t1 was not preceded by an erasure certificate and a locked bin");
        }
    }

    @Test
    void refusesToOpenACorruptedDatabaseFileWithAClearError() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            new SessionWriter(ledger, "s1", clock).step("Start", "CHECKLIST", Durability.SYNCED);
        }
        Path file = folder.resolve("ledger.mv.db");
        byte[] garbage = "this is not an H2 database at all ".repeat(400).getBytes(StandardCharsets.US_ASCII);
        Files.write(file, garbage);

        assertThatThrownBy(() -> H2Ledger.open(folder, clock))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("corrupted or not an H2 database");
    }

    @Test
    void refusesEveryCallOnceClosed() {
        H2Ledger ledger = H2Ledger.open(folder, clock);
        ledger.close();
        ledger.close();

        assertThatThrownBy(ledger::openSessions)
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> new SessionWriter(ledger, "s1", clock).step("Start", "X", Durability.SYNCED))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void migratesAnEmptyFolderToTheCurrentSchema() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder.resolve("nested/new"), clock)) {
            try (Connection sql = DriverManager.getConnection(
                            "jdbc:h2:file:" + folder.resolve("nested/new/ledger") + ";DB_CLOSE_ON_EXIT=FALSE",
                            "sa",
                            "");
                    Statement statement = sql.createStatement();
                    var rows = statement.executeQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                rows.next();
                assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(1);
            }
            assertThat(ledger.checkInvariants()).isEmpty();
            assertThat(ledger.pendingOutbox(5)).isEqualTo(List.of());
        }
    }

    private Connection sqlConnection() throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
}

package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each invariant, broken behind the ledger's back with plain SQL, is reported by name. */
class LedgerInvariantsTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");
    private H2Ledger ledger;

    @BeforeEach
    void sellOnePhone() {
        ledger = H2Ledger.open(folder, clock);
        SessionWriter s = new SessionWriter(ledger, "s1", clock);
        s.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
        s.step("Erased", "RECEIPT", Durability.SYNCED, Trades.certificate("t1", clock.instant()));
        s.step(
                "Locked",
                "PAYING",
                Durability.SYNCED,
                Trades.binned(1, "t1", clock.instant()),
                Trades.savedInBin("t1", "s1", Status.BINNED, 1, clock.instant()));
        s.step("Voucher", "PRINTING", Durability.SYNCED, Trades.voucher("t1", clock.instant()));
        s.step(
                "Printed",
                "COMPLETED",
                Durability.BUFFERED,
                Trades.paidByVoucher("t1"),
                Trades.savedInBin("t1", "s1", Status.PAID, 1, clock.instant()));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void holdsForACompleteSale() {
        assertThat(ledger.checkInvariants()).isEmpty();
    }

    @Test
    void reportsAGapInAJournal() throws Exception {
        sql("DELETE FROM journal WHERE session_id = 's1' AND seq = 2");

        assertThat(ledger.checkInvariants())
                .containsExactly("journal of session s1 has a gap or a repeat: 4 entries, seq 1..5");
    }

    @Test
    void reportsAJournalThatLostItsHead() throws Exception {
        sql("DELETE FROM journal WHERE session_id = 's1' AND seq = 5");

        assertThat(ledger.checkInvariants()).containsExactly("session s1 records head seq 5 but its journal ends at 4");
    }

    @Test
    void reportsABinHoldingAPhoneWhoseTradeIsNotComplete() throws Exception {
        sql("UPDATE trades SET status = 'ERASED' WHERE trade_id = 't1'");

        assertThat(ledger.checkInvariants())
                .contains("bin 1 holds trade t1 whose trade is ERASED and certificate is present");
    }

    @Test
    void reportsAPaidTradeWhosePayoutNeverReachedTheSeller() throws Exception {
        sql("DELETE FROM payouts WHERE trade_id = 't1'");

        assertThat(ledger.checkInvariants()).containsExactly("trade t1 is paid but no payout reached its seller");
    }

    @Test
    void reportsAPayoutByAVoucherThatWasVoided() throws Exception {
        sql("UPDATE vouchers SET voided_at = CURRENT_TIMESTAMP, voided_by = 'x' WHERE trade_id = 't1'");

        assertThat(ledger.checkInvariants())
                .containsExactly("trade t1 was paid VOUCHER_PRINTED with voucher V-t1, which is voided");
    }

    @Test
    void reportsAVoucherIssuedBeforeThePhoneWasLocked() throws Exception {
        sql("UPDATE vouchers SET ledger_seq = 0 WHERE trade_id = 't1'");

        assertThat(ledger.checkInvariants())
                .containsExactly(
                        "voucher V-t1 of trade t1 was not preceded by an erasure certificate and a locked bin");
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                        "sa",
                        "");
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}

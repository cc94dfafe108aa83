package org.cleartrade.ledger.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cleartrade.core.driver.Scenario;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ledger.h2.H2Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An iPhone trade killed on every step from its erase on: just before and just after each commit
 * from {@code ERASING} (MCInstall asked to erase, the phone gone to erase itself), through the
 * Unactivated read-back, the certificate, the deposit and the tray's serial check on the iPhone
 * dock, to the voucher. Each restart resumes the trade from the H2 journal and the simulated iPhone
 * dock's files (the phone on the cable, the erased-phone record) and must lose nothing acknowledged,
 * break no invariant and keep no pair record.
 */
class IphoneEraseCutTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(900)
    void anIphoneTradeKilledAtAnyStepOfItsEraseIsFinishedSafelyAfterTheRestart() throws Exception {
        KillHarness.Result result = new KillHarness(folder, 16).runCuts(Scenario.IPHONE_HAPPY, System.out::println);

        assertThat(result.violations()).as(result.toString()).isEmpty();
        assertThat(result.kills())
                .as("a cut before and after each of at least ERASING, VERIFYING_ERASE and CERTIFYING")
                .isGreaterThanOrEqualTo(6);
        assertThat(result.acknowledged()).isPositive();
        try (H2Ledger ledger = H2Ledger.open(folder.resolve("db"), Clock.systemUTC())) {
            List<TradeRecord> trades = ledger.trades(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"));
            // Runs 2 to 4 cut before ERASING, after it (erase not yet asked) and before VERIFYING_ERASE (the
            // acknowledgement not recorded): the restart cannot name the erase's acknowledgement, so
            // those trades are voided, uncertified, with staff told; every other trade is paid.
            List<String> unprovable = List.of("T-K2-000001", "T-K3-000001", "T-K4-000001");
            assertThat(trades).isNotEmpty();
            for (TradeRecord t : trades) {
                if (unprovable.contains(t.tradeId())) {
                    assertThat(t.status()).as(t.tradeId()).isEqualTo(TradeRecord.Status.VOIDED);
                    assertThat(ledger.certificate(t.tradeId())).as(t.tradeId()).isEmpty();
                } else if (t.manufacturer().equals("Apple")) {
                    assertThat(t.status())
                            .as(t.tradeId() + " carried through to its seller's payout")
                            .isIn(TradeRecord.Status.PAID, TradeRecord.Status.BINNED, TradeRecord.Status.RELEASED);
                    assertThat(ledger.certificate(t.tradeId())).as(t.tradeId()).isPresent();
                }
            }
        }
    }
}

package org.cleartrade.ledger.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cleartrade.core.driver.HelperStepCut.Step;
import org.cleartrade.core.driver.Scenario;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ledger.h2.H2Ledger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Android trades killed at each step of the device-owner helper, which runs inside the erase effect
 * between two commits: the helper ready (installed, owner, IMEIs read; the block list not asked),
 * before the wipe, and the wipe requested with nothing of it journaled. Each restart resumes from
 * the H2 journal and the simulated dock's files and must lose nothing acknowledged, break no
 * invariant (the workload's include: no phone leaves with the helper on it unless staff were told)
 * and certify no phone whose seller goes unpaid.
 */
class HelperStepCutTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} killed at {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "RESET_ADB_GONE; HELPER_READY,BEFORE_THE_WIPE,WIPE_REQUESTED",
                "IMEI_HIDDEN_BLOCKED; HELPER_READY",
                "WIPE_REFUSED; HELPER_READY,BEFORE_THE_WIPE,WIPE_REQUESTED"
            })
    @Timeout(600)
    void aTradeKilledAtAnyHelperStepIsEndedSafelyAfterTheRestart(Scenario scenario, String stepList) throws Exception {
        List<Step> steps =
                List.of(stepList.split(",")).stream().map(Step::valueOf).toList();

        KillHarness.Result result = new KillHarness(folder, 23).runHelperCuts(scenario, steps, System.out::println);

        assertThat(result.violations()).as(result.toString()).isEmpty();
        assertThat(result.kills()).isEqualTo(steps.size());
        try (H2Ledger ledger = H2Ledger.open(folder.resolve("db"), KillHarness.markFile(folder), Clock.systemUTC())) {
            // The killed runs' trades (T-K1-… to T-Kn-…); the final clean run plays the default mix.
            List<TradeRecord> trades = ledger.trades(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")).stream()
                    .filter(t -> t.tradeId().matches("T-K[1-" + steps.size() + "]-.*"))
                    .toList();
            assertThat(trades).hasSizeGreaterThanOrEqualTo(steps.size());
            for (TradeRecord t : trades) {
                if (ledger.certificate(t.tradeId()).isPresent()) {
                    assertThat(t.status())
                            .as(t.tradeId() + " was certified erased: its seller is paid")
                            .isIn(TradeRecord.Status.PAID, TradeRecord.Status.BINNED, TradeRecord.Status.RELEASED);
                } else {
                    assertThat(t.status()).as(t.tradeId()).isEqualTo(TradeRecord.Status.VOIDED);
                }
            }
        }
    }
}

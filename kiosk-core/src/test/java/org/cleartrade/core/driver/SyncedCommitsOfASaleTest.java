package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.testing.InMemoryLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A synced commit costs an fsync, so a completed sale makes exactly one before each physical act
 * (erase, print the certificate, unlatch, lock, print the voucher) and none elsewhere: the
 * decisions in between reach the disk with the next synced one. docs/BENCHMARKS.md lists them.
 */
class SyncedCommitsOfASaleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HAPPY", "RESET_ADB_GONE", "IPHONE_HAPPY"})
    void syncsOnlyTheDecisionBeforeEachPhysicalAct(String scenario) {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "1", "--bins", "4", "--mix", scenario + "=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        List<String> synced = ledger[0].syncedEntries().stream()
                .map(SyncedCommitsOfASaleTest::transition)
                .toList();
        assertThat(synced)
                .containsExactly(
                        "CONSENT -ConsentGiven-> ERASING",
                        "CERTIFYING -CertificateReady-> PRINTING_CERTIFICATE",
                        "CHOOSING_BIN -BinChosen-> UNLATCHING",
                        "DEPOSIT -BinChanged-> LOCKING",
                        "ISSUING_VOUCHER -VoucherReady-> PRINTING_VOUCHER");
        assertThat(ledger[0].durabilities()).hasSizeGreaterThan(synced.size() * 3);
    }

    private static String transition(JournalEntry entry) {
        return entry.fromPhase() + " -" + entry.event() + "-> " + entry.toPhase();
    }
}

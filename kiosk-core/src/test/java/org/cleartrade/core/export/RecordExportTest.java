package org.cleartrade.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.core.ledger.TradeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordExportTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/export/1");
    private static final String HOSTILE_MODEL = "=HYPERLINK(\"http://x\")\n\"Pixel\", \\ \u2028 \u0001";

    @TempDir
    Path target;

    @Test
    void writesEveryRecordOfTheRangeAsCsvAndJson() throws Exception {
        RecordExport.Summary summary = new RecordExport(history()).export(FROM, TO, target);

        assertThat(summary.trades()).isEqualTo(1);
        assertThat(summary.auditLinks()).isEqualTo(2);
        assertThat(summary.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("trades.csv", "trades.json", "certificates.json", "audit.csv", "audit.json");
        JsonNode trades =
                new ObjectMapper().readTree(Files.readString(summary.folder().resolve("trades.json")));
        assertThat(trades.get(0).get("model").asText()).isEqualTo(HOSTILE_MODEL);
        assertThat(trades.get(0).get("offerMinor").asLong()).isEqualTo(21_000);
        assertThat(trades.get(0).get("bin").isNull()).isTrue();
        JsonNode audit =
                new ObjectMapper().readTree(Files.readString(summary.folder().resolve("audit.json")));
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get("hash").asText()).isEqualTo("bb02");
    }

    /**
     * The files of an export are pinned byte for byte by golden files (docs/formats.md, exports):
     * an auditor's tooling reads them, so a change to them is a new version with new files. A
     * missing golden file is written once and the test fails until it is reviewed and committed.
     */
    @ParameterizedTest
    @CsvSource({"trades.json", "certificates.json", "audit.json", "trades.csv", "audit.csv"})
    void everyFileIsWrittenAsItsGoldenFileSays(String name) throws Exception {
        RecordExport.Summary summary = new RecordExport(history()).export(FROM, TO, target);
        String written = Files.readString(summary.folder().resolve(name));
        Path golden = GOLDEN.resolve(name);

        if (!Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, written);
            fail("golden export file written: " + golden.toAbsolutePath() + ": review and commit it");
        }
        assertThat(written).isEqualTo(Files.readString(golden));
    }

    @Test
    void csvCellsCannotBecomeSpreadsheetFormulas() throws Exception {
        RecordExport.Summary summary = new RecordExport(history()).export(FROM, TO, target);

        String csv = Files.readString(summary.folder().resolve("trades.csv"));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\n\"\"Pixel\"\", \\ \u2028 \u0001\"");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("trade_id,status,manufacturer");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "=1+1|'=1+1",
                "+1|'+1",
                "-1|'-1",
                "@SUM(A1)|'@SUM(A1)",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\""
            })
    void csvCellsAreQuotedAndNeutralised(String value, String expected) {
        assertThat(CsvTable.cell(value)).isEqualTo(expected);
    }

    @Test
    void anEmptyOrBackwardRangeIsRefused() {
        assertThatThrownBy(() -> new RecordExport(history()).export(TO, FROM, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start before it ends");
    }

    private static LedgerHistory history() {
        TradeRecord trade = new TradeRecord(
                "t-1",
                "s-1",
                TradeRecord.Status.PAID,
                "Google",
                HOSTILE_MODEL,
                "SER1",
                Optional.of("490154203237518"),
                "q-1",
                21_000,
                "USD",
                Optional.empty(),
                Optional.of(TO),
                false,
                FROM.plusSeconds(60));
        return new LedgerHistory() {
            @Override
            public List<TradeRecord> trades(Instant from, Instant to) {
                return List.of(trade);
            }

            @Override
            public List<LedgerFact.CertificateIssued> certificates(Instant from, Instant to) {
                return List.of(new LedgerFact.CertificateIssued("c-1", "t-1", "doc", "CT1:abc", FROM.plusSeconds(90)));
            }

            @Override
            public List<AuditRecord> audit(Instant from, Instant to) {
                return List.of(
                        new AuditRecord(1, FROM.plusSeconds(1), "kiosk", "trade.accepted", "t-1", "aa01"),
                        new AuditRecord(2, FROM.plusSeconds(2), "ann", "custody.release", "bin 1", "bb02"));
            }
        };
    }
}

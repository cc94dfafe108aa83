package org.cleartrade.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document type and version the kiosk writes, against its golden file in
 * {@code src/test/resources/outbox/} — the same files the fleet's reader is tested with. A golden
 * file never changes: a new format is a new version with a file of its own.
 */
class OutboxDocumentsTest {

    static final Path GOLDEN = Path.of("src/test/resources/outbox");
    static final Instant AT = Instant.parse("2026-12-04T10:15:30Z");
    static final TradeRecord TRADE = new TradeRecord(
            "T-20261204-0007",
            "S-0042",
            TradeRecord.Status.BINNED,
            "Google",
            "Pixel 7",
            "29041FDH2000AB",
            Optional.of("356938035643809"),
            "Q-77",
            24000,
            "EUR",
            Optional.of(3),
            Optional.of(Instant.parse("2026-12-11T10:15:30Z")),
            false,
            AT);

    /** One sample per document type; session-ended and heartbeat come from their own writers. */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("trade", new LedgerFact.TradeSaved(TRADE)),
                Arguments.of(
                        "certificate",
                        new LedgerFact.CertificateIssued(
                                "C-20261204-0007",
                                TRADE.tradeId(),
                                "ClearTrade erasure certificate\nmanufacturer: Google\nmodel: \"Pixel 7\"\n",
                                "CT:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEXWK G2EP4J0B3KL",
                                AT)),
                Arguments.of(
                        "voucher",
                        new LedgerFact.VoucherIssued(
                                "0123456789abcdef0123456789abcdef",
                                TRADE.tradeId(),
                                24000,
                                "EUR",
                                Instant.parse("2027-01-03T10:15:30Z"),
                                "CT:NCFOXN*TS0BI$ZD")),
                Arguments.of(
                        "bin-state-binned",
                        new LedgerFact.PhoneBinned(3, TRADE.tradeId(), Instant.parse("2026-12-11T10:15:30Z"))),
                Arguments.of("bin-state-released", new LedgerFact.PhoneReleased(3, TRADE.tradeId(), "ann")),
                Arguments.of(
                        "custody-manifest",
                        new LedgerFact.CustodyManifestIssued(
                                "M-20261204-0001",
                                "ann",
                                "ClearTrade custody manifest\nbin 3: T-20261204-0007\n",
                                "0123456789abcdef",
                                "c2lnbmF0dXJl",
                                AT)),
                Arguments.of(
                        "alert",
                        new LedgerFact.AlertRaised(
                                "S-0042#1",
                                "LATCH_JAMMED",
                                "S-0042",
                                OptionalInt.of(3),
                                Optional.of(TRADE.tradeId()),
                                "bin 3 did not lock: \"jammed\"",
                                AT)),
                Arguments.of("alert-resolved", new LedgerFact.AlertResolved("S-0042#1", "ann")),
                Arguments.of(
                        "voucher-voided",
                        new LedgerFact.VoucherVoided(
                                "0123456789abcdef0123456789abcdef", TRADE.tradeId(), "ann", "paid by hand")),
                Arguments.of(
                        "session-ended",
                        new LedgerFact.Outbound(OutboxDocuments.sessionEnded("S-0042", "EU", "PAID", "COMPLETED", AT))),
                Arguments.of(
                        "heartbeat",
                        new LedgerFact.Outbound(OutboxDocuments.heartbeat(
                                "MALL-07",
                                AT,
                                "2026.12.0",
                                Instant.parse("2026-12-01T00:00:00Z"),
                                "DOWNLOADED",
                                java.util.Optional.of(new org.cleartrade.core.ledger.HighWaterMark(
                                        "3f1c2a94-7b1e-4c55-9d0e-5a7f0c2b8e61", 1234, 567, "9ab0".repeat(16)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachDocumentIsExactlyItsGoldenFile(String name, LedgerFact fact) throws IOException {
        OutboxDocument document = OutboxDocuments.of(fact, AT).orElseThrow();

        Path golden = GOLDEN.resolve(name + ".v" + document.version() + ".json");
        if (Boolean.getBoolean("outbox.golden.write") && !Files.exists(golden)) {
            Files.writeString(golden, document.json() + "\n", StandardCharsets.UTF_8);
        }
        assertThat(document.json() + "\n").isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachDocumentNamesItsTypeAndVersionFirst(String name, LedgerFact fact) throws IOException {
        OutboxDocument document = OutboxDocuments.of(fact, AT).orElseThrow();

        JsonNode json = new ObjectMapper().readTree(document.json());
        assertThat(json.fieldNames().next()).isEqualTo("type");
        assertThat(json.get("type").asText()).isEqualTo(document.type());
        assertThat(json.get("version").asInt()).isEqualTo(document.version()).isEqualTo(1);
    }

    @Test
    void identityRecordsAndAuditLinksNeverLeaveTheKiosk() {
        assertThat(OutboxDocuments.of(new LedgerFact.IdentityKept("T-1", Map.of("name", "Ann Lee"), AT), AT))
                .isEmpty();
        assertThat(OutboxDocuments.of(new LedgerFact.Audited("kiosk", "alert", "x"), AT))
                .isEmpty();
    }

    @Test
    void hostileTextStaysInsideItsString() throws IOException {
        LedgerFact fact = new LedgerFact.AlertRaised(
                "S-1#1",
                "LATCH_JAMMED",
                "S-1",
                OptionalInt.empty(),
                Optional.empty(),
                "\"},\"kind\":\"forged\n\u2028\u0000",
                AT);

        JsonNode json = new ObjectMapper()
                .readTree(OutboxDocuments.of(fact, AT).orElseThrow().json());

        assertThat(json.get("kind").asText()).isEqualTo("LATCH_JAMMED");
        assertThat(json.get("detail").asText()).isEqualTo("\"},\"kind\":\"forged\n\u2028\u0000");
    }

    @Test
    void everyGoldenFileIsWrittenByOneSample() throws IOException {
        List<String> names =
                samples().map(a -> (String) a.get()[0] + ".v1.json").sorted().toList();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(names);
        }
    }
}

package org.cleartrade.ledger.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cleartrade.core.certificate.CertificatePayload;
import org.cleartrade.core.certificate.PayloadVerifier;
import org.cleartrade.core.certificate.TrustedKeys;
import org.cleartrade.core.certificate.Verdict;
import org.cleartrade.core.certificate.Verification;
import org.cleartrade.core.driver.JourneyDriver;
import org.cleartrade.core.driver.SimulatedKiosk;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SnapshotCodec;
import org.cleartrade.ledger.h2.H2Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the previous version of the kiosk (commit 074aae4, journal format {@code
 * cleartrade-session/1}, see README.md beside the file) opens with today's code: Flyway brings its
 * schema up to date, every journal entry decodes, the two sessions it left open (one cut right
 * after it journaled the erase, one at the offer) are found and resumed to a safe end, the paid
 * trade's certificate verifies against the key that signed it, and the outbox it never uploaded is
 * still sent in order.
 *
 * <p>The file is copied before each test: opening a ledger writes to it.
 */
class PreviousVersionLedgerTest {

    private static final Path WRITTEN = Path.of("src/test/resources/ledgers/0.1.0-074aae4");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path copy;

    private Path folder;
    private Path mark;

    @BeforeEach
    void copyTheLedgerWrittenByThePreviousVersion() throws IOException {
        folder = copy.resolve("db");
        Files.createDirectories(folder);
        Files.copy(WRITTEN.resolve("db/ledger.mv.db"), folder.resolve("ledger.mv.db"));
        mark = copy.resolve("ledger.mark");
        Files.copy(WRITTEN.resolve("ledger.mark"), mark);
    }

    private H2Ledger open() {
        return H2Ledger.open(folder, mark, Clock.systemUTC());
    }

    @Test
    void flywayBringsTheOldSchemaToTodaysLastMigration() throws SQLException, IOException {
        open().close();

        List<String> applied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("ledger"), "sa", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success"))
                        .as("migration %s", rows.getString(1))
                        .isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied).containsExactlyInAnyOrderElementsOf(migrationVersions());
    }

    @Test
    void everyJournalEntryOfTheOldFormatDecodes() {
        try (H2Ledger ledger = open()) {
            List<String> sessions = List.of("SOLD-000001", "ERASE-000001", "QUOTE-000001");
            for (String session : sessions) {
                List<JournalEntry> journal = ledger.journal(session);
                assertThat(journal).as(session).isNotEmpty();
                for (JournalEntry entry : journal) {
                    assertThat(entry.snapshot())
                            .as("written by the previous version")
                            .startsWith("format=" + SnapshotCodec.FORMAT_1 + "\n");
                    SessionSnapshot snapshot = SnapshotCodec.decode(entry.snapshot());
                    assertThat(snapshot.sessionId()).isEqualTo(session);
                    assertThat(snapshot.seq()).isEqualTo(entry.seq());
                    assertThat(snapshot.phase().name()).isEqualTo(entry.toPhase());
                }
            }
            assertThat(last(ledger, "SOLD-000001").phase()).isEqualTo(Phase.COMPLETED);
        }
    }

    @Test
    void theSessionsLeftOpenAreFoundAndResumedToASafeEnd() {
        try (H2Ledger ledger = open()) {
            assertThat(ledger.openSessions())
                    .extracting(JournalEntry::sessionId, JournalEntry::toPhase)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("ERASE-000001", Phase.ERASING.name()),
                            org.assertj.core.groups.Tuple.tuple("QUOTE-000001", Phase.OFFER.name()));
            String erasedTrade = last(ledger, "ERASE-000001").trade().tradeId().orElseThrow();

            VirtualTime time = new VirtualTime(resumeTime(ledger));
            JourneyDriver restarted = JourneyDriver.headless(
                    JurisdictionProfiles.bundled("US-IL"), time, SimulatedKiosk.inMemory(6, time), ledger, "NEW");
            List<String> violations = restarted.resumeOpenSessions();

            assertThat(violations).isEmpty();
            assertThat(ledger.openSessions()).isEmpty();
            assertThat(ledger.trade(erasedTrade).map(TradeRecord::status))
                    .as("a trade whose erase nobody saw is never paid as if it had been")
                    .hasValueSatisfying(status -> assertThat(status)
                            .isIn(TradeRecord.Status.VOIDED, TradeRecord.Status.ACCEPTED, TradeRecord.Status.RELEASED));
            assertThat(ledger.certificate(erasedTrade)).isEmpty();
            assertThat(restarted
                            .run(List.of(org.cleartrade.core.driver.Scenario.HAPPY))
                            .violations())
                    .as("the upgraded kiosk trades again")
                    .isEmpty();
        }
    }

    @Test
    void theFinishedTradesCertificateStillVerifies() {
        try (H2Ledger ledger = open()) {
            String trade = last(ledger, "SOLD-000001").trade().tradeId().orElseThrow();
            assertThat(ledger.trade(trade).map(TradeRecord::status)).contains(TradeRecord.Status.PAID);
            LedgerFact.CertificateIssued certificate = ledger.certificate(trade).orElseThrow();

            Verification verification = new PayloadVerifier(
                            TrustedKeys.load(WRITTEN.resolve("kiosk-key.pem")), Clock.systemUTC(), Optional.empty())
                    .verify(certificate.qrPayload());

            assertThat(verification.verdict()).as(verification.reason()).isEqualTo(Verdict.VALID);
            CertificatePayload payload =
                    (CertificatePayload) verification.payload().orElseThrow().content();
            assertThat(payload.verified()).isTrue();
            assertThat(PayloadVerifier.matchesCertificate(payload, certificate.document()))
                    .as("the stored certificate text is the one the QR signs")
                    .isTrue();
            assertThat(ledger.voucher(trade)).isPresent();
        }
    }

    @Test
    void theOutboxItNeverUploadedIsStillSentInOrder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (H2Ledger ledger = open()) {
            List<Ledger.OutboxMessage> pending = ledger.pendingOutbox(1000);
            assertThat(pending).extracting(Ledger.OutboxMessage::type).contains("trade", "certificate", "voucher");
            for (int i = 0; i < pending.size(); i++) {
                Ledger.OutboxMessage message = pending.get(i);
                assertThat(message.seq()).isEqualTo(i + 1L);
                JsonNode document = json.readTree(message.document());
                assertThat(document.get("type").asText()).isEqualTo(message.type());
                assertThat(document.get("version").asInt()).isEqualTo(message.version());
                assertThat(members(document))
                        .as("document %s has the members of its golden file, which the fleet reads", message.seq())
                        .containsExactlyElementsOf(members(golden(json, message)));
            }
            ledger.markSent(pending.stream().map(Ledger.OutboxMessage::seq).toList());
            assertThat(ledger.pendingOutbox(1000)).isEmpty();
        }
    }

    private static JsonNode golden(ObjectMapper json, Ledger.OutboxMessage message) throws IOException {
        Path folder = Path.of("../kiosk-core/src/test/resources/outbox");
        Path file = folder.resolve(message.type() + ".v" + message.version() + ".json");
        if (!Files.exists(file)) {
            // bin-state has one golden file per change.
            file = folder.resolve(message.type() + "-"
                    + json.readTree(message.document()).get("change").asText().toLowerCase() + ".v"
                    + message.version() + ".json");
        }
        return json.readTree(Files.readString(file));
    }

    private static List<String> members(JsonNode document) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = document.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static SessionSnapshot last(Ledger ledger, String session) {
        List<JournalEntry> journal = ledger.journal(session);
        return SnapshotCodec.decode(journal.get(journal.size() - 1).snapshot());
    }

    /** A minute after the last entry the old process journaled, as after a restart. */
    private static Instant resumeTime(Ledger ledger) {
        return ledger.openSessions().stream()
                .map(JournalEntry::at)
                .max(Instant::compareTo)
                .orElseThrow()
                .plus(Duration.ofMinutes(1));
    }

    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(f -> f.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

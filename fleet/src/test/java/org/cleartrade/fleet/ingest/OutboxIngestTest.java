package org.cleartrade.fleet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.Golden;
import org.cleartrade.fleet.testing.OutboxOnlyLedger;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.TestKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk's own uploader against the fleet: exactly once, in order, and every refusal named. */
class OutboxIngestTest {

    static FleetFixture fleet;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture(2, java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void everyGoldenDocumentIsStoredAndSaysWhatItSays() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-1", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        for (String name : List.of(
                "trade.v1",
                "certificate.v1",
                "voucher.v1",
                "bin-state-binned.v1",
                "alert.v1",
                "alert-resolved.v1",
                "custody-manifest.v1",
                "bin-state-released.v1",
                "session-ended.v1")) {
            ledger.add(name.replaceAll("(-binned|-released)?\\.v1", ""), Golden.document(name));
        }

        assertThat(uploader(kiosk, ledger, 0, 100).uploadBatch()).isEqualTo(9);

        var trade = fleet.services().queries().trade("G-1", "T-20261204-0007").orElseThrow();
        assertThat(trade.trade().status()).isEqualTo("BINNED");
        assertThat(trade.certificates())
                .singleElement()
                .satisfies(c -> assertThat(c.document()).startsWith("ClearTrade erasure certificate"));
        assertThat(trade.vouchers())
                .singleElement()
                .satisfies(v -> assertThat(v.amountMinor()).isEqualTo(24000));
        assertThat(trade.custody()).extracting(c -> c.change()).containsExactly("BINNED", "RELEASED");
        assertThat(trade.alerts())
                .singleElement()
                .satisfies(a -> assertThat(a.resolvedBy()).isEqualTo("ann"));
        assertThat(count("custody_manifests", "G-1")).isEqualTo(1);
        assertThat(count("session_outcomes", "G-1")).isEqualTo(1);
        assertThat(highWater("G-1")).isEqualTo(9);
    }

    @Test
    void aVoucherItsKioskVoidedIsRefusedAtEveryCounter() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-VOID", 0);
        org.cleartrade.core.certificate.Voucher voucher = org.cleartrade.core.certificate.Voucher.issue(
                "T-G5-1",
                new org.cleartrade.pricing.quote.Money(24000, "EUR"),
                "G-VOID",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                java.time.Duration.ofDays(30),
                new java.security.SecureRandom());
        String payload = org.cleartrade.core.certificate.QrPayloadCodec.encodeVoucher(voucher, kiosk.key());
        var desk = fleet.services().vouchers();
        assertThat(desk.check(voucher.voucherId(), payload).outcome())
                .isEqualTo(org.cleartrade.fleet.vouchers.VoucherDesk.Outcome.VALID);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        ledger.add(
                "voucher-voided",
                org.cleartrade.core.outbox.OutboxDocuments.of(
                                new org.cleartrade.core.ledger.LedgerFact.VoucherVoided(
                                        voucher.voucherId(), "T-G5-1", "ann", "paid by hand"),
                                java.time.Instant.now())
                        .orElseThrow()
                        .json());

        assertThat(uploader(kiosk, ledger, 1, 10).uploadBatch()).isEqualTo(1);

        var answer = desk.redeem(voucher.voucherId(), payload, "cashier-bob");
        assertThat(answer.outcome()).isEqualTo(org.cleartrade.fleet.vouchers.VoucherDesk.Outcome.VOIDED);
        assertThat(answer.message()).contains("by ann (paid by hand)", "do not pay it");
        assertThat(desk.check(voucher.voucherId(), payload).outcome())
                .isEqualTo(org.cleartrade.fleet.vouchers.VoucherDesk.Outcome.VOIDED);
        assertThat(count("voucher_redemptions", "G-VOID")).isZero();
    }

    @Test
    void theFleetReadsEveryGoldenFileTheKioskWrites() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Golden.folder())) {
            List<String> names =
                    files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty();
            for (String name : names) {
                var json = org.cleartrade.fleet.http.JsonBodies.object(
                        Files.readAllBytes(Golden.folder().resolve(name)));
                if (json.get("type").asText().equals("heartbeat")) {
                    continue; // live, not queued: HeartbeatTest reads it
                }
                assertThat(DocumentReader.read(1, json)).as(name).isNotNull();
            }
        }
    }

    @Test
    void aBatchSentAgainAfterALostAnswerIsStoredOnce() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-2", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        ledger.add("session-ended", ended("s-1"));
        ledger.add("session-ended", ended("s-2"));
        ledger.loseNextAcknowledgement();

        uploader(kiosk, ledger, 0, 10).uploadBatch();
        assertThat(ledger.sent()).isEmpty();
        assertThat(uploader(kiosk, ledger, 1, 10).uploadBatch())
                .as("again, at the other instance")
                .isEqualTo(2);

        assertThat(ledger.sent()).containsExactly(1L, 2L);
        assertThat(count("outbox_documents", "G-2")).isEqualTo(2);
        assertThat(count("session_outcomes", "G-2")).isEqualTo(2);
    }

    @Test
    void aBacklogAfterDaysOfflineArrivesWholeAndInOrder() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-3", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        for (int i = 1; i <= 2500; i++) {
            ledger.add("session-ended", ended("s-" + i));
        }
        HttpOutboxUploader uploader = uploader(kiosk, ledger, 0, 100);

        int batches = 0;
        while (uploader.uploadBatch() > 0) {
            batches++;
        }

        assertThat(batches).isEqualTo(25);
        assertThat(highWater("G-3")).isEqualTo(2500);
        List<String> order = fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT document ->> 'sessionId' FROM outbox_documents WHERE kiosk_id ="
                                + " 'G-3' ORDER BY received_at, seq")
                        .mapTo(String.class)
                        .list());
        assertThat(order).hasSize(2500).startsWith("s-1", "s-2").endsWith("s-2500");
    }

    @Test
    void twoInstancesReceivingTheSameKioskAtOnceStoreEachDocumentOnce() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-4", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        for (int i = 1; i <= 300; i++) {
            ledger.add("session-ended", ended("s-" + i));
        }
        Runnable drainAt0 = () -> drain(uploader(kiosk, ledger, 0, 20));
        Runnable drainAt1 = () -> drain(uploader(kiosk, ledger, 1, 20));

        CompletableFuture.allOf(CompletableFuture.runAsync(drainAt0), CompletableFuture.runAsync(drainAt1))
                .join();
        drain(uploader(kiosk, ledger, 0, 20));

        assertThat(count("outbox_documents", "G-4")).isEqualTo(300);
        assertThat(highWater("G-4")).isEqualTo(300);
        assertThat(ledger.sent()).hasSize(300);
    }

    @Test
    void theSameNumberWithAnotherDocumentIsAConflict() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-5", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        ledger.add("session-ended", ended("s-1"));
        uploader(kiosk, ledger, 0, 10).uploadBatch();

        var answer = post(kiosk, "{\"kioskId\":\"G-5\",\"documents\":[" + entry(1, ended("forged")) + "]}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("CONFLICT");
    }

    @Test
    void aGapIsRefusedWithTheNumberExpected() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-6", 0);

        var answer = post(kiosk, "{\"kioskId\":\"G-6\",\"documents\":[" + entry(5, ended("s-5")) + "]}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("GAP");
        assertThat(answer.json().get("expectedSeq").asLong()).isEqualTo(1);
        assertThat(count("outbox_documents", "G-6")).isZero();
    }

    @Test
    void oneBadDocumentRefusesTheWholeBatchNamingItAndItsMember() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-7", 0);
        String broken = Golden.document("trade.v1").replace("\"offerMinor\":24000", "\"offerMinor\":\"lots\"");

        var answer = post(
                kiosk, "{\"kioskId\":\"G-7\",\"documents\":[" + entry(1, ended("s-1")) + "," + entry(2, broken) + "]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("BAD_DOCUMENT");
        assertThat(answer.json().get("message").asText()).contains("document 2").contains("offerMinor");
        assertThat(count("outbox_documents", "G-7")).isZero();
    }

    @Test
    void anUnknownTypeOrVersionIsNamed() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-8", 0);

        var type = post(
                kiosk, "{\"kioskId\":\"G-8\",\"documents\":[" + entry(1, "{\"type\":\"gossip\",\"version\":1}") + "]}");
        var version = post(
                kiosk,
                "{\"kioskId\":\"G-8\",\"documents\":["
                        + entry(1, ended("s-1").replace("\"version\":1", "\"version\":7")) + "]}");

        assertThat(type.error()).isEqualTo("UNKNOWN_DOCUMENT_TYPE");
        assertThat(version.status()).isEqualTo(422);
        assertThat(version.error()).isEqualTo("UNSUPPORTED_VERSION");
    }

    @Test
    void malformedAndOversizedBodiesAreRefusedAndNothingIsStored() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-9", 0);

        var notJson = post(kiosk, "{\"kioskId\":\"G-9\",\"documents\":[");
        var tooLarge = post(kiosk, "{\"kioskId\":\"G-9\",\"pad\":\"" + "x".repeat((int) FleetFixture.MAX_BODY) + "\"}");
        var someoneElses = post(kiosk, "{\"kioskId\":\"G-1\",\"documents\":[" + entry(1, ended("s")) + "]}");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error()).isEqualTo("MALFORMED_JSON");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("TOO_LARGE");
        assertThat(someoneElses.error()).isEqualTo("KIOSK_MISMATCH");
        assertThat(count("outbox_documents", "G-9")).isZero();
    }

    @Test
    void theUploaderReportsTheFleetsRefusalAndMarksNothing() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "G-10", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        ledger.add("trade", Golden.document("trade.v1").replace("\"currency\":\"EUR\"", "\"currency\":\"euro\""));

        assertThatThrownBy(() -> uploader(kiosk, ledger, 0, 10).uploadBatch())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("BAD_DOCUMENT")
                .hasMessageContaining("currency");
        assertThat(ledger.sent()).isEmpty();
    }

    private static void drain(HttpOutboxUploader uploader) {
        try {
            for (int i = 0; i < 100 && uploader.uploadBatch() > 0; i++) {
                // keep going
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SignedRequests.Answer post(TestKiosk kiosk, String body) {
        return SignedRequests.post(fleet.url(), "v1/outbox", kiosk.kioskId(), kiosk.key(), body);
    }

    private static String entry(long seq, String document) {
        return "{\"seq\":" + seq + ",\"createdAt\":\"2026-12-04T10:00:00Z\",\"document\":" + document + "}";
    }

    static String ended(String session) {
        return "{\"type\":\"session-ended\",\"version\":1,\"sessionId\":\"" + session + "\",\"jurisdiction\":\"EU\","
                + "\"outcome\":\"DECLINED\",\"phase\":\"ENDED\",\"endedAt\":\"2026-12-04T10:00:00Z\"}";
    }

    private static HttpOutboxUploader uploader(TestKiosk kiosk, OutboxOnlyLedger ledger, int instance, int batch) {
        var endpoint = new org.cleartrade.backoffice.FleetEndpoint(
                new okhttp3.OkHttpClient.Builder()
                        .addInterceptor(new org.cleartrade.backoffice.wire.KioskRequestSigner(
                                kiosk.kioskId(), kiosk.key(), java.time.Clock.systemUTC()))
                        .build(),
                okhttp3.HttpUrl.get(fleet.url(instance)));
        return new HttpOutboxUploader(endpoint, ledger, kiosk.kioskId(), batch);
    }

    private static long count(String table, String kiosk) {
        return fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + table + " WHERE kiosk_id = :k")
                        .bind("k", kiosk)
                        .mapTo(Long.class)
                        .one());
    }

    private static long highWater(String kiosk) {
        return fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT high_water FROM kiosks WHERE kiosk_id = :k")
                        .bind("k", kiosk)
                        .mapTo(Long.class)
                        .one());
    }
}

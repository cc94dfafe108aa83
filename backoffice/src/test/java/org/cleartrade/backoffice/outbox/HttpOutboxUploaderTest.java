package org.cleartrade.backoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.junit.jupiter.api.Test;

class HttpOutboxUploaderTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final OutboxLedger ledger = new OutboxLedger();

    @Test
    void sendsTheOldestPendingDocumentsAndMarksTheAcceptedOnesSent() throws Exception {
        ledger.add(
                "trade",
                "{\"type\":\"trade\",\"version\":1,\"tradeId\":\"t-1\"}",
                Instant.parse("2026-11-23T10:00:00Z"));
        ledger.add(
                "trade",
                "{\"type\":\"trade\",\"version\":1,\"tradeId\":\"t-2\"}",
                Instant.parse("2026-11-23T10:01:00Z"));
        ledger.add("alert", "{\"type\":\"alert\",\"version\":1}", Instant.parse("2026-11-23T10:02:00Z"));
        server.enqueue(json(200, "{\"accepted\":[1,2],\"highWater\":2}"));

        int sent = uploader(2).uploadBatch();

        assertThat(sent).isEqualTo(2);
        assertThat(ledger.sentIds()).containsExactly(1L, 2L);
        assertThat(server.takeRequest().getBody().utf8())
                .isEqualTo("{\"kioskId\":\"k-17\",\"documents\":["
                        + "{\"seq\":1,\"createdAt\":\"2026-11-23T10:00:00Z\","
                        + "\"document\":{\"type\":\"trade\",\"version\":1,\"tradeId\":\"t-1\"}},"
                        + "{\"seq\":2,\"createdAt\":\"2026-11-23T10:01:00Z\","
                        + "\"document\":{\"type\":\"trade\",\"version\":1,\"tradeId\":\"t-2\"}}]}");
    }

    @Test
    void marksOnlySequenceNumbersItSentAndTheFleetAccepted() throws Exception {
        ledger.add("trade", "{}", Instant.EPOCH);
        ledger.add("trade", "{}", Instant.EPOCH);
        server.enqueue(json(200, "{\"accepted\":[2,99,\"x\"]}"));

        assertThat(uploader(10).uploadBatch()).isEqualTo(1);
        assertThat(ledger.sentIds()).containsExactly(2L);
    }

    @Test
    void keepsABatchUnderTheByteLimitButAlwaysSendsTheFirstDocument() throws Exception {
        String big = "{\"detail\":\"" + "x".repeat(HttpOutboxUploader.MAX_BATCH_BYTES) + "\"}";
        ledger.add("certificate", big, Instant.EPOCH);
        ledger.add("trade", "{}", Instant.EPOCH);
        server.enqueue(json(200, "{\"accepted\":[1]}"));

        assertThat(uploader(10).uploadBatch()).isEqualTo(1);
        assertThat(server.takeRequest().getBody().utf8()).doesNotContain("\"seq\":2");
    }

    @Test
    void namesTheFleetsErrorWhenItRefusesTheBatch() {
        ledger.add("trade", "{}", Instant.EPOCH);
        server.enqueue(json(409, "{\"error\":\"GAP\",\"message\":\"expected sequence 7 next\"}"));

        assertThatThrownBy(() -> uploader(10).uploadBatch())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("409")
                .hasMessageContaining("GAP: expected sequence 7 next");
        assertThat(ledger.sentIds()).isEmpty();
    }

    @Test
    void sendsNothingWhenNothingIsPending() throws Exception {
        assertThat(uploader(10).uploadBatch()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void marksNothingWhenTheServiceFailsOrAnswersNonsense() {
        ledger.add("trade", "{}", Instant.EPOCH);
        server.enqueue(json(503, ""));
        server.enqueue(json(200, "{\"ok\":true}"));
        server.enqueue(json(200, "not json"));

        assertThatThrownBy(() -> uploader(10).uploadBatch())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("503");
        assertThatThrownBy(() -> uploader(10).uploadBatch())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("accepted");
        assertThatThrownBy(() -> uploader(10).uploadBatch()).isInstanceOf(IOException.class);
        assertThat(ledger.sentIds()).isEmpty();
    }

    private HttpOutboxUploader uploader(int batch) {
        return new HttpOutboxUploader(new FleetEndpoint(new OkHttpClient(), server.url("/")), ledger, "k-17", batch);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }
}

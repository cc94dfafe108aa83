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
    void sendsTheOldestPendingMessagesAndMarksTheAcceptedOnesSent() throws Exception {
        ledger.add("trade", "{\"tradeId\":\"t-1\"}", Instant.parse("2026-11-23T10:00:00Z"));
        ledger.add("trade", "{\"tradeId\":\"t-2\"}", Instant.parse("2026-11-23T10:01:00Z"));
        ledger.add("audit", "x", Instant.parse("2026-11-23T10:02:00Z"));
        server.enqueue(json(200, "{\"accepted\":[1,2]}"));

        int sent = uploader(2).uploadBatch();

        assertThat(sent).isEqualTo(2);
        assertThat(ledger.sentIds()).containsExactly(1L, 2L);
        assertThat(server.takeRequest().getBody().utf8())
                .isEqualTo("{\"kioskId\":\"k-17\",\"messages\":["
                        + "{\"id\":1,\"topic\":\"trade\",\"payload\":\"{\\\"tradeId\\\":\\\"t-1\\\"}\","
                        + "\"createdAt\":\"2026-11-23T10:00:00Z\"},"
                        + "{\"id\":2,\"topic\":\"trade\",\"payload\":\"{\\\"tradeId\\\":\\\"t-2\\\"}\","
                        + "\"createdAt\":\"2026-11-23T10:01:00Z\"}]}");
    }

    @Test
    void marksOnlyIdsItSentAndTheServiceAccepted() throws Exception {
        ledger.add("trade", "a", Instant.EPOCH);
        ledger.add("trade", "b", Instant.EPOCH);
        server.enqueue(json(200, "{\"accepted\":[2,99,\"x\"]}"));

        assertThat(uploader(10).uploadBatch()).isEqualTo(1);
        assertThat(ledger.sentIds()).containsExactly(2L);
    }

    @Test
    void sendsNothingWhenNothingIsPending() throws Exception {
        assertThat(uploader(10).uploadBatch()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void marksNothingWhenTheServiceFailsOrAnswersNonsense() {
        ledger.add("trade", "a", Instant.EPOCH);
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

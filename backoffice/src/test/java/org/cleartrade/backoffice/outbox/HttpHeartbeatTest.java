package org.cleartrade.backoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.pricebook.PriceBookStatus;
import org.cleartrade.core.ledger.HighWaterMark;
import org.junit.jupiter.api.Test;

class HttpHeartbeatTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final PriceBookStatus status = new PriceBookStatus(
            "2026.11.0",
            Instant.parse("2026-11-01T00:00:00Z"),
            Optional.empty(),
            PriceBookStatus.Source.DOWNLOADED,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    private HttpHeartbeat heartbeat() {
        return new HttpHeartbeat(
                new FleetEndpoint(new OkHttpClient(), server.url("/")),
                "k-17",
                () -> status,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void reportsTheKioskAndItsPriceBook() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        heartbeat().beat();

        assertThat(server.takeRequest().getBody().utf8())
                .isEqualTo(
                        "{\"type\":\"heartbeat\",\"version\":1,\"kioskId\":\"k-17\",\"at\":\"2026-11-23T10:00:00Z\",\"priceBook\":"
                                + "{\"version\":\"2026.11.0\",\"issuedAt\":\"2026-11-01T00:00:00Z\",\"source\":\"DOWNLOADED\"}}");
    }

    @Test
    void reportsTheLedgersHighWaterMarkAsOfItsLastSyncedCommit() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        HighWaterMark[] mark = {new HighWaterMark("3f1c2a94-7b1e-4c55-9d0e-5a7f0c2b8e61", 12, 7, "ab".repeat(32))};
        HttpHeartbeat beat = new HttpHeartbeat(
                new FleetEndpoint(new OkHttpClient(), server.url("/")),
                "k-17",
                () -> status,
                () -> Optional.of(mark[0]),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

        beat.beat();
        mark[0] = new HighWaterMark(mark[0].ledgerId(), 13, 8, "cd".repeat(32));
        server.enqueue(new MockResponse.Builder().code(204).build());
        beat.beat();

        assertThat(server.takeRequest().getBody().utf8())
                .endsWith(",\"ledgerMark\":{\"ledgerId\":\"3f1c2a94-7b1e-4c55-9d0e-5a7f0c2b8e61\","
                        + "\"journalEntries\":12,\"auditLinks\":7,\"auditHead\":\"" + "ab".repeat(32) + "\"}}");
        assertThat(server.takeRequest().getBody().utf8()).contains("\"journalEntries\":13,\"auditLinks\":8");
    }

    @Test
    void failsLoudlyWhenTheServiceRefusesTheBeat() {
        server.enqueue(new MockResponse.Builder().code(401).build());

        assertThatThrownBy(() -> heartbeat().beat())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("401");
    }
}

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
    void failsLoudlyWhenTheServiceRefusesTheBeat() {
        server.enqueue(new MockResponse.Builder().code(401).build());

        assertThatThrownBy(() -> heartbeat().beat())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("401");
    }
}

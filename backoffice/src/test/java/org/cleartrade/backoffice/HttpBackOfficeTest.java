package org.cleartrade.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.cleartrade.backoffice.outbox.OutboxLedgers;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBookParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpBackOfficeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path state;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void runsEveryPeriodicTaskAgainstTheFleetService() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/fleet/v1/price-book" ->
                        new MockResponse.Builder().code(304).build();
                    case "/fleet/v1/outbox" ->
                        new MockResponse.Builder()
                                .code(200)
                                .body("{\"accepted\":[1]}")
                                .build();
                    case "/fleet/v1/imei-checks" ->
                        new MockResponse.Builder()
                                .code(200)
                                .body("{\"status\":\"clear\"}")
                                .build();
                    default -> new MockResponse.Builder().code(204).build();
                };
            }
        });
        Ledger ledger = OutboxLedgers.withOneMessage();
        HttpBackOffice backOffice = backOffice(ledger);

        backOffice.restorePriceBook();
        backOffice.tasks().forEach(task -> task.run().run());

        assertThat(ledger.pendingOutbox(10)).isEmpty();
        assertThat(backOffice.blockList().check("356938035643809")).isEqualTo(new BlockList.Answer.Clear());
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(backOffice.priceBooks().status().lastContact()).contains(clock.instant());
    }

    @Test
    void aTaskThatCannotReachTheServiceDoesNotThrow() {
        HttpBackOffice backOffice = backOffice(OutboxLedgers.withOneMessage());
        server.close();

        for (HttpBackOffice.PeriodicTask task : backOffice.tasks()) {
            assertThatCode(() -> task.run().run()).as(task.name()).doesNotThrowAnyException();
        }
        assertThat(backOffice.priceBooks().status().lastProblem()).isPresent();
    }

    private HttpBackOffice backOffice(Ledger ledger) {
        Map<String, String> properties = new HashMap<>();
        properties.put("backoffice.url", server.url("/fleet/").toString());
        properties.put("backoffice.kiosk-id", "k-17");
        properties.put("backoffice.fleet-public-key", Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("backoffice.state-dir", state.toString());
        properties.put("backoffice.timeout.call", "PT2S");
        try {
            LivePriceBook live = new LivePriceBook(PriceBookParser.parse(
                    "seed",
                    "cleartrade-price-book\t1\nversion\tv1\nissued\t2026-01-01T00:00:00Z\ncurrencies\tUSD\n"
                            + "model\tm0\tAcme\tOne\t2024\nsku\tm0\t128\t100.00\n"));
            return new HttpBackOffice(BackOfficeConfig.from(properties), live, ledger, new EphemeralSigner(), clock);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

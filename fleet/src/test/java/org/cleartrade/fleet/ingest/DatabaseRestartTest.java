package org.cleartrade.fleet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.backoffice.wire.KioskRequestSigner;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.OutboxOnlyLedger;
import org.cleartrade.fleet.testing.TestKiosk;
import org.cleartrade.fleet.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database goes away and comes back during ingest: clear errors, and nothing acknowledged is lost. */
class DatabaseRestartTest {

    static FleetFixture fleet;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture();
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void whileTheDatabaseIsDownUploadsAreRefusedAsUnavailableAndLaterStoredOnce() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "R-1", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        ledger.add("session-ended", OutboxIngestTest.ended("s-1"));

        TestPostgres.server().stop();
        try {
            assertThatThrownBy(() -> uploader(kiosk, ledger).uploadBatch())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("503")
                    .hasMessageContaining("DATABASE_UNAVAILABLE");
            assertThat(ledger.sent()).isEmpty();
        } finally {
            TestPostgres.server().startAgain();
        }

        assertThat(uploader(kiosk, ledger).uploadBatch()).isEqualTo(1);
        assertThat(ledger.sent()).containsExactly(1L);
    }

    @Test
    void aRestartInTheMiddleOfABacklogLosesNothingAcknowledged() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "R-2", 0);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        for (int i = 1; i <= 600; i++) {
            ledger.add("session-ended", OutboxIngestTest.ended("s-" + i));
        }
        HttpOutboxUploader uploader = uploader(kiosk, ledger);
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<Void> kioskSide = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (ledger.sent().size() < 600 && System.nanoTime() < deadline) {
                try {
                    uploader.uploadBatch();
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
            }
        });
        while (ledger.sent().size() < 100) {
            Thread.sleep(20);
        }

        TestPostgres.server().restart();
        kioskSide.get(150, TimeUnit.SECONDS);

        assertThat(ledger.sent()).hasSize(600);
        long stored = fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM outbox_documents WHERE kiosk_id = 'R-2'")
                        .mapTo(Long.class)
                        .one());
        assertThat(stored).isEqualTo(600);
        System.out.println("upload attempts refused during the restart: " + failures.get());
    }

    private static HttpOutboxUploader uploader(TestKiosk kiosk, OutboxOnlyLedger ledger) {
        var endpoint = new FleetEndpoint(
                new OkHttpClient.Builder()
                        .readTimeout(Duration.ofSeconds(30))
                        .callTimeout(Duration.ofSeconds(40))
                        .addInterceptor(new KioskRequestSigner(kiosk.kioskId(), kiosk.key(), Clock.systemUTC()))
                        .build(),
                HttpUrl.get(fleet.url()));
        return new HttpOutboxUploader(endpoint, ledger, kiosk.kioskId(), 10);
    }
}

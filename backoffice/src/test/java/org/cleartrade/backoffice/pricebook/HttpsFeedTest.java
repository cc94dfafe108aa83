package org.cleartrade.backoffice.pricebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.blocklist.HttpBlockList;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet service over TLS: a certificate the kiosk trusts works, any other is refused. */
class HttpsFeedTest {

    @TempDir
    Path state;

    private final Feeds feeds = new Feeds();
    private final HeldCertificate root =
            new HeldCertificate.Builder().certificateAuthority(0).build();
    private final MockWebServer server = new MockWebServer();
    private final PriceBook seed = Feeds.parse(Feeds.book("v1", "01-01", 2));
    private final LivePriceBook live = new LivePriceBook(seed);

    @BeforeEach
    void startHttpsServer() throws Exception {
        HeldCertificate serverCertificate = new HeldCertificate.Builder()
                .signedBy(root)
                .addSubjectAlternativeName("localhost")
                .build();
        server.useHttps(new HandshakeCertificates.Builder()
                .heldCertificate(serverCertificate)
                .build()
                .sslSocketFactory());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void updatesOverTlsFromAServerTheKioskTrusts() {
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(root.certificate())
                .build();
        OkHttpClient client = new OkHttpClient.Builder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .build();
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(feeds.signedText(Feeds.book("v2", "02-01", 2)))
                .build());

        assertThat(updater(client).refresh()).isEqualTo(new UpdateOutcome.Updated("v2", 4));
        assertThat(server.url("/").isHttps()).isTrue();
    }

    @Test
    void refusesAServerWhoseCertificateItDoesNotTrust() {
        OkHttpClient systemTrust = new OkHttpClient.Builder().build();
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        UpdateOutcome outcome = updater(systemTrust).refresh();
        BlockList.Answer answer = new HttpBlockList(
                        new FleetEndpoint(systemTrust, server.url("/")), Duration.ofSeconds(5))
                .check("356938035643809");

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        UpdateOutcome.Unreachable.class,
                        u -> assertThat(u.detail()).startsWith("SSLHandshakeException"));
        assertThat(answer).isInstanceOf(BlockList.Answer.Unreachable.class);
        assertThat(live.get()).isSameAs(seed);
    }

    private HttpPriceBookUpdater updater(OkHttpClient client) {
        return new HttpPriceBookUpdater(
                new FleetEndpoint(client, server.url("/")),
                feeds.fleetKey,
                live,
                new PriceBookStore(state),
                new MutableClock(Instant.parse("2026-03-01T00:00:00Z")),
                64 * 1024,
                java.time.Duration.ofMinutes(15));
    }
}

package org.cleartrade.fleet.kiosks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.SignedRequests.Answer;
import org.cleartrade.fleet.testing.TestKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way a kiosk request can be refused, each with its own error code. */
class SignedRequestTest {

    static FleetFixture fleet;
    static TestKiosk kiosk;
    static final String BEAT =
            "{\"type\":\"heartbeat\",\"version\":1,\"kioskId\":\"K-1\",\"at\":\"2026-12-04T10:00:00Z\","
                    + "\"priceBook\":{\"version\":\"v1\",\"issuedAt\":\"2026-12-01T00:00:00Z\",\"source\":\"SEED\"}}";

    @BeforeAll
    static void start() {
        fleet = new FleetFixture();
        kiosk = TestKiosk.enrolled(fleet, "K-1", 0);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void aSignedHeartbeatIsRecorded() {
        Answer answer = SignedRequests.post(fleet.url(), "v1/heartbeat", "K-1", kiosk.key(), BEAT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(fleet.services().queries().kiosks())
                .filteredOn(k -> k.kioskId().equals("K-1"))
                .singleElement()
                .satisfies(k -> assertThat(k.priceBookVersion()).isEqualTo("v1"));
    }

    @Test
    void anUnsignedRequestIsRefused() {
        Answer answer = SignedRequests.call(new okhttp3.Request.Builder()
                .url(fleet.url() + "v1/heartbeat")
                .post(okhttp3.RequestBody.create(BEAT, okhttp3.MediaType.get("application/json")))
                .build());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("UNSIGNED");
    }

    @Test
    void anUnknownKioskIsRefused() {
        Answer answer = SignedRequests.post(fleet.url(), "v1/heartbeat", "NOBODY", new EphemeralSigner(), BEAT);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("UNKNOWN_KIOSK");
        assertThat(answer.json().get("message").asText()).contains("NOBODY is not enrolled");
    }

    @Test
    void aKeyTheKioskWasNeverGivenIsRefused() {
        Answer answer = SignedRequests.post(fleet.url(), "v1/heartbeat", "K-1", new EphemeralSigner(), BEAT);

        assertThat(answer.error()).isEqualTo("UNKNOWN_KEY");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        Answer answer = SignedRequests.post(
                fleet.url(),
                "v1/heartbeat",
                "K-1",
                kiosk.key(),
                Instant.now(),
                SignedRequests.nonce(),
                BEAT,
                BEAT.replace("v1", "v9"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void aClockTooFarFromTheFleetsIsRefusedWithTheFleetsTime() {
        Answer answer = SignedRequests.post(
                fleet.url(),
                "v1/heartbeat",
                "K-1",
                kiosk.key(),
                Instant.now().minus(Duration.ofMinutes(6)),
                SignedRequests.nonce(),
                BEAT,
                BEAT);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("CLOCK_SKEW");
        assertThat(answer.json().get("fleetTime").asText()).isNotBlank();
    }

    @Test
    void aRequestPlayedAgainIsRefusedEvenAtAnotherInstance() {
        try (FleetFixture twoInstances = new FleetFixture(2, java.time.Clock.systemUTC())) {
            TestKiosk other = TestKiosk.enrolled(twoInstances, "K-2", 0);
            String beat = BEAT.replace("K-1", "K-2");
            Instant now = Instant.now();
            String nonce = SignedRequests.nonce();

            Answer first = SignedRequests.post(
                    twoInstances.url(0), "v1/heartbeat", "K-2", other.key(), now, nonce, beat, beat);
            Answer replay = SignedRequests.post(
                    twoInstances.url(1), "v1/heartbeat", "K-2", other.key(), now, nonce, beat, beat);

            assertThat(first.status()).isEqualTo(200);
            assertThat(replay.status()).isEqualTo(409);
            assertThat(replay.error()).isEqualTo("REPLAYED");
        }
    }

    @Test
    void aRevokedKeyIsRefused() {
        TestKiosk revoked = TestKiosk.enrolled(fleet, "K-3", 0);
        fleet.services().kiosks().revoke(revoked.key().keyId(), "admin", "lost");

        Answer answer =
                SignedRequests.post(fleet.url(), "v1/heartbeat", "K-3", revoked.key(), BEAT.replace("K-1", "K-3"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.error()).isEqualTo("KEY_REVOKED");
    }

    @Test
    void aHeartbeatNamingAnotherKioskIsRefused() {
        Answer answer =
                SignedRequests.post(fleet.url(), "v1/heartbeat", "K-1", kiosk.key(), BEAT.replace("K-1", "K-9"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.error()).isEqualTo("KIOSK_MISMATCH");
    }
}

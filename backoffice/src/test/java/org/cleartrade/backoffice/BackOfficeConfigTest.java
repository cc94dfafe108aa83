package org.cleartrade.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.core.driver.EphemeralSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackOfficeConfigTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static Map<String, String> valid() {
        Map<String, String> properties = new HashMap<>();
        properties.put("backoffice.url", "https://fleet.example.org/api");
        properties.put("backoffice.kiosk-id", "k-17");
        properties.put("backoffice.fleet-public-key", KEY);
        properties.put("backoffice.state-dir", "/var/lib/cleartrade");
        return properties;
    }

    @Test
    void readsAMinimalConfigurationWithDefaults() {
        BackOfficeConfig config = BackOfficeConfig.from(valid());

        assertThat(config.baseUrl()).hasToString("https://fleet.example.org/api/");
        assertThat(config.maxPriceBookBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(config.blockListTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.apiToken()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "backoffice.url; ; backoffice.url: missing",
                "backoffice.url; http://fleet.example.org; backoffice.url: must be https",
                "backoffice.url; fleet.example.org; backoffice.url: not an http(s) URL",
                "backoffice.kiosk-id; kiosk 17; backoffice.kiosk-id: letters, digits",
                "backoffice.fleet-public-key; not*base64; backoffice.fleet-public-key: fleet key is not base64",
                "backoffice.fleet-public-key; AAAA; backoffice.fleet-public-key: fleet key is not an Ed25519 public key",
                "backoffice.price-book.max-bytes; 12; backoffice.price-book.max-bytes: 1024 to",
                "backoffice.price-book.max-bytes; lots; backoffice.price-book.max-bytes: not a whole number",
                "backoffice.timeout.call; 5s; backoffice.timeout.call: not an ISO-8601 duration",
                "backoffice.timeout.block-list; PT0S; backoffice.timeout.block-list: must be positive",
                "backoffice.state-dir; ' '; backoffice.state-dir: missing",
            })
    void namesTheKeyOfABadValue(String key, String value, String message) {
        Map<String, String> properties = valid();
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }

        assertThatThrownBy(() -> BackOfficeConfig.from(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void allowsPlainHttpOnlyToALoopbackHost() {
        Map<String, String> properties = valid();
        properties.put("backoffice.url", "http://127.0.0.1:8080");

        assertThat(BackOfficeConfig.from(properties).baseUrl().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void neverShowsTheTokenInItsText() {
        Map<String, String> properties = valid();
        properties.put("backoffice.api-token", "s3cret-token");

        assertThat(BackOfficeConfig.from(properties).toString()).doesNotContain("s3cret");
    }

    @Test
    void signsEveryRequestWithTheKioskKeyAndSendsTheToken() throws Exception {
        Map<String, String> properties = valid();
        properties.put("backoffice.url", server.url("/api").toString());
        properties.put("backoffice.api-token", "s3cret-token");
        EphemeralSigner key = new EphemeralSigner();
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        FleetEndpoint endpoint =
                new FleetEndpoint(BackOfficeConfig.from(properties), key, Clock.fixed(now, ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(204).build());

        try (Response response = endpoint.call(new Request.Builder()
                .url(endpoint.url("v1/heartbeat"))
                .post(RequestBody.create("{}", MediaType.get("application/json")))
                .build())) {
            assertThat(response.code()).isEqualTo(204);
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/heartbeat");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret-token");
        assertThat(request.getHeaders().get(RequestSignature.KIOSK)).isEqualTo("k-17");
        assertThat(request.getHeaders().get(RequestSignature.KEY)).isEqualTo(key.keyId());
        assertThat(request.getHeaders().get(RequestSignature.TIME)).isEqualTo(now.toString());
        byte[] signed = RequestSignature.signedText(
                "POST",
                "/api/v1/heartbeat",
                "k-17",
                key.keyId(),
                now,
                request.getHeaders().get(RequestSignature.NONCE),
                "{}".getBytes(StandardCharsets.UTF_8));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key.publicKey());
        verifier.update(signed);
        assertThat(verifier.verify(
                        Base64.getDecoder().decode(request.getHeaders().get(RequestSignature.SIGNATURE))))
                .isTrue();
    }

    @Test
    void refusesAnUnknownBackOfficeKeyByName() {
        Map<String, String> properties = valid();
        properties.put("backoffice.api-tokn", "typo");

        assertThatThrownBy(() -> BackOfficeConfig.from(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("backoffice.api-tokn: unknown key");
    }

    @Test
    void readsTheTaskIntervalsAndRefusesOnesUnderASecond() {
        Map<String, String> properties = valid();
        properties.put("backoffice.interval.outbox", "PT5S");

        assertThat(BackOfficeConfig.from(properties).outboxInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(BackOfficeConfig.from(valid()).heartbeatInterval()).isEqualTo(Duration.ofMinutes(5));
        properties.put("backoffice.interval.heartbeat", "PT0.5S");
        assertThatThrownBy(() -> BackOfficeConfig.from(properties))
                .hasMessageStartingWith("backoffice.interval.heartbeat: at least PT1S");
    }
}

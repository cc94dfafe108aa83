package org.cleartrade.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cleartrade.fleet.staff.StaffAccounts;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.staff.WebSessions;
import org.cleartrade.fleet.testing.FleetFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff sign-in for the web pages over HTTP: sessions, their CSRF token, expiry and lockout. */
class StaffWebTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private FleetFixture fleet;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        fleet = new FleetFixture(1, clock);
        fleet.services().staffAccounts().put("ann", Role.CASHIER, "correct horse battery".toCharArray(), "test");
        fleet.services().staffAccounts().put("olu", Role.OPERATOR, "operator passphrase".toCharArray(), "test");
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String cookie, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fleet.url() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String name, String password) throws Exception {
        return send(
                "POST",
                "v1/staff/sign-in",
                "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}",
                null,
                null);
    }

    private static String cookie(HttpResponse<String> signedIn) {
        String header = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    private static String csrf(HttpResponse<String> signedIn) {
        return signedIn.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aSignedInBrowserReadsWithItsCookieAndChangesNothingWithoutTheCsrfToken() throws Exception {
        HttpResponse<String> signedIn = signIn("olu", "operator passphrase");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("ct_session=")
                .contains("HttpOnly", "SameSite=Strict");
        String cookie = cookie(signedIn);

        assertThat(send("GET", "v1/kiosks", null, cookie, null).statusCode()).isEqualTo(200);
        String body = "{\"payload\":\"CT:AAAA\"}";
        String id = "0".repeat(32);
        assertThat(send("POST", "v1/vouchers/" + id + "/check", body, cookie, null)
                        .body())
                .contains("\"CSRF\"");
        assertThat(send("POST", "v1/vouchers/" + id + "/check", body, cookie, "forged")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "v1/vouchers/" + id + "/check", body, cookie, csrf(signedIn))
                        .body())
                .contains("MALFORMED");
    }

    @Test
    void theVerificationPageCarriesTheFleetKeyAndAllowsNoThirdPartyFramingOrReferrer() throws Exception {
        HttpResponse<String> page = send("GET", "c", null, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(fleet.fleetKey().publicKeyBase64()).doesNotContain("{{");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send("GET", "c/../../pom.xml", null, null, null).statusCode())
                .as("Jetty refuses a path that climbs out")
                .isIn(400, 404);
        assertThat(send("GET", "web/c.html", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aCashierMayNotReadTheDashboardsData() throws Exception {
        String cookie = cookie(signIn("ann", "correct horse battery"));

        assertThat(send("GET", "v1/kiosks", null, cookie, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aSessionEndsWhenIdleAtItsLimitAndAtSignOut() throws Exception {
        HttpResponse<String> signedIn = signIn("olu", "operator passphrase");
        String cookie = cookie(signedIn);
        clock.advance(WebSessions.IDLE.minusMinutes(1));
        assertThat(send("GET", "v1/staff/session", null, cookie, null).statusCode())
                .isEqualTo(200);
        clock.advance(WebSessions.IDLE.minusMinutes(1));
        assertThat(send("GET", "v1/staff/session", null, cookie, null).statusCode())
                .isEqualTo(200);
        clock.advance(WebSessions.IDLE.plusSeconds(1));
        assertThat(send("GET", "v1/staff/session", null, cookie, null).body()).contains("NOT_SIGNED_IN");

        HttpResponse<String> again = signIn("olu", "operator passphrase");
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofMinutes(29));
            send("GET", "v1/staff/session", null, cookie(again), null);
        }
        assertThat(send("GET", "v1/kiosks", null, cookie(again), null).statusCode())
                .as("past the absolute limit of " + WebSessions.ABSOLUTE)
                .isEqualTo(401);

        HttpResponse<String> third = signIn("olu", "operator passphrase");
        assertThat(send("POST", "v1/staff/sign-out", null, cookie(third), csrf(third))
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "v1/kiosks", null, cookie(third), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockoutEnds() throws Exception {
        for (int i = 0; i < StaffAccounts.MAX_FAILURES - 1; i++) {
            assertThat(signIn("ann", "guess " + i).body()).contains("BAD_CREDENTIALS");
        }
        HttpResponse<String> locking = signIn("ann", "one more guess");
        assertThat(locking.statusCode()).isEqualTo(429);
        assertThat(locking.body()).contains("LOCKED", "lockedUntil");
        assertThat(signIn("ann", "correct horse battery").statusCode()).isEqualTo(429);

        clock.advance(StaffAccounts.LOCKOUT.plusSeconds(1));
        assertThat(signIn("ann", "correct horse battery").statusCode()).isEqualTo(200);
        assertThat(signIn("nobody", "correct horse battery").body()).contains("BAD_CREDENTIALS");
    }

    @Test
    void passwordsAreKeptOnlyAsPbkdf2HashesAndShortOnesAreRefused() {
        String stored = fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT password_hash FROM staff_accounts WHERE name = 'ann'")
                        .mapTo(String.class)
                        .one());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("horse");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> fleet.services().staffAccounts().put("cy", Role.CASHIER, "short".toCharArray(), "test"))
                .hasMessageContaining("at least 12 characters");
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

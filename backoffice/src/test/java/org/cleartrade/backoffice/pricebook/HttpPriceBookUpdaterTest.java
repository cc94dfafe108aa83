package org.cleartrade.backoffice.pricebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.quote.BookQuoter;
import org.cleartrade.pricing.quote.QuoteDecision;
import org.cleartrade.pricing.quote.QuoteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpPriceBookUpdaterTest {

    private static final long MAX_BYTES = 64 * 1024;
    private static final Duration SKEW = Duration.ofMinutes(15);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path state;

    private final Feeds feeds = new Feeds();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final PriceBook seed = Feeds.parse(Feeds.book("v1", "01-01", 3));
    private final LivePriceBook live = new LivePriceBook(seed);

    @Test
    void putsAGoodSignedBookInForceAndStoresIt() {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));

        UpdateOutcome outcome = updater().refresh();

        assertThat(outcome).isEqualTo(new UpdateOutcome.Updated("v2", 6));
        assertThat(live.get().version()).isEqualTo("v2");
        assertThat(state.resolve(PriceBookStore.BOOK_FILE)).exists();
        assertThat(state.resolve(PriceBookStore.ETAG_FILE)).hasContent("\"e2\"");
    }

    @Test
    void asksWithItsEtagAndKeepsTheBookWhenNotModified() throws Exception {
        HttpPriceBookUpdater updater = updater();
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        server.enqueue(new MockResponse.Builder().code(304).build());
        updater.refresh();
        clock.advance(Duration.ofHours(1));

        UpdateOutcome outcome = updater.refresh();

        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getHeaders().get("If-None-Match")).isEqualTo("\"e2\"");
        assertThat(second.getUrl().encodedPath()).isEqualTo("/v1/price-book");
        assertThat(outcome).isEqualTo(new UpdateOutcome.Unchanged("v2"));
        assertThat(updater.status().lastContact()).contains(clock.instant());
        assertThat(updater.status().lastUpdate()).contains(clock.instant().minus(Duration.ofHours(1)));
    }

    @Test
    void treatsTheSameEditionAgainAsUnchanged() {
        HttpPriceBookUpdater updater = updater();
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2b\""));
        updater.refresh();

        assertThat(updater.refresh()).isEqualTo(new UpdateOutcome.Unchanged("v2"));
    }

    @Test
    void refusesABodyThatIsNotAnEnvelope() {
        server.enqueue(ok("<html>502 Bad Gateway</html>", null));

        UpdateOutcome outcome = updater().refresh();

        assertRefusedAndKept(outcome, "not a JSON envelope");
    }

    @Test
    void refusesAnEnvelopeWithoutASignature() {
        server.enqueue(ok("{\"format\":\"cleartrade-signed-price-book/1\",\"book\":\"AAAA\"}", null));

        assertRefusedAndKept(updater().refresh(), "member \"signature\" is missing");
    }

    @Test
    void refusesABookSignedWithAnotherKey() {
        Feeds stranger = new Feeds();
        server.enqueue(ok(stranger.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));

        assertRefusedAndKept(updater().refresh(), "the signature does not verify against the fleet key");
    }

    @Test
    void refusesABookAlteredAfterSigning() {
        String genuine = feeds.signedText(Feeds.book("v2", "02-01", 3));
        String altered = Feeds.book("v2", "02-01", 3).replace("100.00", "999.00");
        String tampered = genuine.replaceFirst(
                "\"book\" : \"[^\"]+\"",
                "\"book\" : \"" + java.util.Base64.getEncoder().encodeToString(altered.getBytes(StandardCharsets.UTF_8))
                        + "\"");
        assertThat(tampered).isNotEqualTo(genuine);
        server.enqueue(ok(tampered, null));

        assertRefusedAndKept(updater().refresh(), "the signature does not verify");
    }

    @Test
    void refusesAPartlyValidBookWholeAndNamesTheBadLine() {
        String partly = Feeds.book("v2", "02-01", 3, "model\tm9\tAcme\tPhone 9\t2024", "sku\tm9\t128\t-5.00\t4.00");
        server.enqueue(ok(feeds.signedText(partly), null));

        UpdateOutcome outcome = updater().refresh();

        assertRefusedAndKept(outcome, "line 16: m9 128 GB USD: price must be positive");
        assertThat(live.get().model("m0")).isPresent();
    }

    @Test
    void refusesABookThatDropsAModelWithoutRetiringIt() {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 2)), null));

        assertRefusedAndKept(updater().refresh(), "model m2 is missing and not listed as retired");
    }

    @Test
    void acceptsABookThatRetiresAModelOnPurpose() {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 2, "retired\tm2")), null));

        assertThat(updater().refresh()).isEqualTo(new UpdateOutcome.Updated("v2", 4));
        assertThat(live.get().model("m2")).isEmpty();
    }

    @Test
    void refusesAnOlderSignedBookReplayed() {
        server.enqueue(ok(feeds.signedText(Feeds.book("v0", "01-01", 3)), null));

        assertRefusedAndKept(updater().refresh(), "is not after the book in force");
    }

    @Test
    void refusesAHugeBodyByItsDeclaredLength() {
        server.enqueue(ok("x".repeat((int) MAX_BYTES + 1), null));

        assertRefusedAndKept(updater().refresh(), "body of 65537 bytes exceeds the limit of 65536");
    }

    @Test
    void refusesAHugeBodyWithoutADeclaredLength() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .chunkedBody("x".repeat((int) MAX_BYTES * 4), 8192)
                .build());

        assertRefusedAndKept(updater().refresh(), "body exceeds the limit of 65536 bytes");
    }

    @Test
    void givesUpOnASlowFeedAndKeepsTheBook() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(feeds.signedText(Feeds.book("v2", "02-01", 3)))
                .throttleBody(64, 100, TimeUnit.MILLISECONDS)
                .build());

        UpdateOutcome outcome = updater(Duration.ofMillis(300)).refresh();

        assertThat(outcome).isInstanceOf(UpdateOutcome.Unreachable.class);
        assertThat(live.get()).isSameAs(seed);
    }

    @Test
    void reportsAServerErrorAsUnreachable() {
        server.enqueue(new MockResponse.Builder().code(503).build());

        UpdateOutcome outcome = updater().refresh();

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        UpdateOutcome.Unreachable.class,
                        u -> assertThat(u.detail()).startsWith("HTTP 503"));
        assertThat(live.get()).isSameAs(seed);
    }

    @Test
    void quotesFromTheLastGoodBookThroughDaysOffline() {
        HttpPriceBookUpdater updater = updater();
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        updater.refresh();
        server.close();

        clock.advance(Duration.ofDays(10));
        UpdateOutcome outcome = updater.refresh();

        assertThat(outcome).isInstanceOf(UpdateOutcome.Unreachable.class);
        PriceBookStatus status = updater.status();
        assertThat(status.version()).isEqualTo("v2");
        assertThat(status.age(clock.instant())).isGreaterThan(Duration.ofDays(38));
        assertThat(status.sinceContact(clock.instant())).contains(Duration.ofDays(10));
        assertThat(status.lastProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("unreachable"));
        BookQuoter quoter = new BookQuoter(live, Clock.fixed(clock.instant(), clock.getZone()));
        QuoteDecision decision = quoter.quote(new QuoteRequest(
                "s-1",
                "Acme",
                "Phone 1",
                128,
                OptionalInt.of(90),
                false,
                false,
                new Condition(true, Condition.Screen.FLAWLESS, Condition.Body.FLAWLESS, false),
                "USD"));
        assertThat(decision).isInstanceOf(QuoteDecision.Offer.class);
    }

    @Test
    void restoresTheStoredBookAfterARestartAndAsksWithItsEtag() throws Exception {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        updater().refresh();
        LivePriceBook afterRestart = new LivePriceBook(seed);
        HttpPriceBookUpdater restarted = updater(afterRestart, Duration.ofSeconds(5));

        PriceBookStatus status = restarted.restore();
        server.enqueue(new MockResponse.Builder().code(304).build());
        restarted.refresh();

        assertThat(afterRestart.get().version()).isEqualTo("v2");
        assertThat(status.source()).isEqualTo(PriceBookStatus.Source.DOWNLOADED);
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"e2\"");
    }

    @Test
    void keepsTheSeedWhenTheStoredBookIsDamaged() throws Exception {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        updater().refresh();
        Path stored = state.resolve(PriceBookStore.BOOK_FILE);
        byte[] bytes = Files.readAllBytes(stored);
        Files.write(stored, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        LivePriceBook afterRestart = new LivePriceBook(seed);

        PriceBookStatus status = updater(afterRestart, Duration.ofSeconds(5)).restore();

        assertThat(afterRestart.get()).isSameAs(seed);
        assertThat(status.source()).isEqualTo(PriceBookStatus.Source.SEED);
        assertThat(status.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("stored price book refused"));
    }

    @Test
    void keepsANewerSeedOverAnOlderStoredBook() {
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        updater().refresh();
        PriceBook newerSeed = Feeds.parse(Feeds.book("v3", "03-01", 3));
        LivePriceBook afterUpgrade = new LivePriceBook(newerSeed);

        updater(afterUpgrade, Duration.ofSeconds(5)).restore();

        assertThat(afterUpgrade.get()).isSameAs(newerSeed);
    }

    @Test
    void refusesABookIssuedFurtherAheadThanTheSkewAndTakesTheNextHonestOne() {
        String future = Feeds.book("v99", "02-01", 3).replace("2026-02-01", "2099-01-01");
        server.enqueue(ok(feeds.signedText(future), "\"e99\""));
        server.enqueue(ok(feeds.signedText(Feeds.book("v2", "02-01", 3)), "\"e2\""));
        HttpPriceBookUpdater updater = updater();

        assertRefusedAndKept(updater.refresh(), "is more than PT15M ahead of the kiosk's clock");
        assertThat(updater.refresh()).isEqualTo(new UpdateOutcome.Updated("v2", 6));
    }

    @Test
    void acceptsABookIssuedWithinTheSkewAhead() {
        String soon = Feeds.book("v2", "02-01", 3).replace("2026-02-01T00:00:00Z", "2026-03-01T08:10:00Z");
        server.enqueue(ok(feeds.signedText(soon), "\"e2\""));

        assertThat(updater().refresh()).isEqualTo(new UpdateOutcome.Updated("v2", 6));
    }

    @Test
    void aStoredBookFromTheFutureIsNotRestoredSoItCannotWedgeUpdates() throws Exception {
        String future = Feeds.book("v99", "02-01", 3).replace("2026-02-01", "2099-01-01");
        new PriceBookStore(state).save(feeds.signed(future), java.util.Optional.of("\"e99\""));
        LivePriceBook afterRestart = new LivePriceBook(seed);

        PriceBookStatus status = updater(afterRestart, Duration.ofSeconds(5)).restore();

        assertThat(afterRestart.get()).isSameAs(seed);
        assertThat(status.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("ahead of the kiosk's clock"));
    }

    @Test
    void aBookOfManyBadLinesIsRefusedWithABoundedMessage() {
        String bad = Feeds.book(
                "v2",
                "02-01",
                3,
                java.util.Collections.nCopies(20_000, "bogus\tline").toArray(String[]::new));
        HttpPriceBookUpdater updater = updater(live, Duration.ofSeconds(5), 4L * 1024 * 1024);
        server.enqueue(ok(feeds.signedText(bad), null));

        UpdateOutcome outcome = updater.refresh();

        assertThat(outcome).isInstanceOfSatisfying(UpdateOutcome.Refused.class, refused -> {
            assertThat(refused.problems()).hasSizeLessThanOrEqualTo(101);
            assertThat(String.join("\n", refused.problems())).contains("and 19900 more problems");
        });
        assertThat(updater.status().lastProblem().orElseThrow()).hasSizeLessThanOrEqualTo(2_000);
    }

    private void assertRefusedAndKept(UpdateOutcome outcome, String problem) {
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        UpdateOutcome.Refused.class,
                        refused -> assertThat(String.join("\n", refused.problems()))
                                .contains(problem));
        assertThat(live.get()).isSameAs(seed);
        assertThat(state.resolve(PriceBookStore.BOOK_FILE)).doesNotExist();
    }

    private HttpPriceBookUpdater updater() {
        return updater(Duration.ofSeconds(5));
    }

    private HttpPriceBookUpdater updater(Duration callTimeout) {
        return updater(live, callTimeout);
    }

    private HttpPriceBookUpdater updater(LivePriceBook target, Duration callTimeout) {
        return updater(target, callTimeout, MAX_BYTES);
    }

    private HttpPriceBookUpdater updater(LivePriceBook target, Duration callTimeout, long maxBytes) {
        OkHttpClient client =
                new OkHttpClient.Builder().callTimeout(callTimeout).build();
        return new HttpPriceBookUpdater(
                new FleetEndpoint(client, server.url("/")),
                feeds.fleetKey,
                target,
                new PriceBookStore(state),
                clock,
                maxBytes,
                SKEW);
    }

    private static MockResponse ok(String body, String etag) {
        MockResponse.Builder response = new MockResponse.Builder().code(200).body(body);
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        return response.build();
    }
}

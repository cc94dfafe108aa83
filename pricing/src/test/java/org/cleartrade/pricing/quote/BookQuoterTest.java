package org.cleartrade.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookParser;
import org.cleartrade.pricing.book.TestBooks;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.grading.Condition.Body;
import org.cleartrade.pricing.grading.Condition.Screen;
import org.cleartrade.pricing.grading.Grade;
import org.cleartrade.pricing.grading.GradingRules;
import org.cleartrade.pricing.quote.QuoteDecision.Offer;
import org.cleartrade.pricing.quote.QuoteDecision.Refusal;
import org.cleartrade.pricing.quote.QuoteDecision.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookQuoterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.250Z");
    private static final Condition FLAWLESS = new Condition(true, Screen.FLAWLESS, Body.FLAWLESS, false);

    private final LivePriceBook live = new LivePriceBook(TestBooks.smallBook());
    private final BookQuoter quoter = new BookQuoter(live, Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} {1} GB {2}, {3}/{4}/{5}/water {6}, battery {7} -> grade {8}, offer {9}, {10}")
    @CsvSource({
        // model,  GB, cur, power, screen, body, water, battery, grade, offer, deductions
        "Pixel 8, 128, USD, true,  FLAWLESS,        FLAWLESS, false, 90, A, 31000, ''",
        "Pixel 8, 128, USD, true,  LIGHT_SCRATCHES, FLAWLESS, false, 75, B, 24800, deduction.screen_scratched:3100 deduction.battery_below_80:3100",
        "Pixel 8, 128, USD, true,  CRACKED,         WORN,     false, -1, C, 17900, deduction.screen_cracked:10850 deduction.body_worn:2170 deduction.rounding:80",
        "Pixel 8, 128, USD, false, CRACKED,         DAMAGED,  true,  -1, D, 3100,  deduction.no_power:18600 deduction.water_damage:9300 deduction.screen_cracked:0 deduction.body_damaged:0",
        "Pixel 8, 256, USD, true,  FLAWLESS,        WORN,     false, 85, B, 32500, deduction.body_worn:2450 deduction.rounding:50",
        "Pixel 8, 128, CNY, true,  LIGHT_SCRATCHES, FLAWLESS, false, 95, B, 193500, deduction.screen_scratched:21500",
        "Pixel 8, 128, EUR, true,  CRACKED,         FLAWLESS, false, 95, C, 18800, deduction.screen_cracked:10150 deduction.rounding:50",
        "Pixel 8, 128, JPY, true,  LIGHT_SCRATCHES, FLAWLESS, false, 95, B, 41400, deduction.screen_scratched:4600",
    })
    void offersTheBasePriceLessEachDeductionDownToTheFloorRoundedToTheCurrencyStep(
            String model,
            int storage,
            String currency,
            boolean powersOn,
            Screen screen,
            Body body,
            boolean water,
            int battery,
            Grade grade,
            long offer,
            String deductions) {
        QuoteRequest request = new QuoteRequest(
                "s-1",
                "Google",
                model,
                storage,
                battery < 0 ? OptionalInt.empty() : OptionalInt.of(battery),
                false,
                false,
                new Condition(powersOn, screen, body, water),
                currency);

        Quote quote = offer(quoter.quote(request));

        assertThat(quote.grade()).isEqualTo(grade);
        assertThat(quote.offer()).isEqualTo(new Money(offer, currency));
        assertThat(quote.deductions())
                .extracting(d -> d.reasonKey() + ":" + d.amount().minorUnits())
                .containsExactlyElementsOf(deductions.isEmpty() ? List.of() : List.of(deductions.split(" ")));
        assertThat(quote.deductions())
                .allSatisfy(d -> assertThat(d.amount().currency()).isEqualTo(currency));
    }

    @Test
    void everyBreakdownAddsUpToItsOffer() {
        List<Quote> quotes = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            for (Body body : Body.values()) {
                for (int battery : new int[] {100, 70, 40}) {
                    for (boolean powersOn : new boolean[] {true, false}) {
                        Condition condition = new Condition(powersOn, screen, body, !powersOn);
                        quotes.add(offer(quoter.quote(request(condition, OptionalInt.of(battery)))));
                    }
                }
            }
        }

        assertThat(quotes).hasSize(54).allSatisfy(quote -> {
            long deducted = quote.deductions().stream()
                    .mapToLong(d -> d.amount().minorUnits())
                    .sum();
            assertThat(quote.basePrice().minorUnits() - deducted)
                    .isEqualTo(quote.offer().minorUnits());
            assertThat(quote.offer().minorUnits() % 100).isZero();
        });
    }

    @Test
    void asksTwiceAndGetsTheSameQuote() {
        QuoteRequest request = request(FLAWLESS, OptionalInt.of(88));

        assertThat(quoter.quote(request)).isEqualTo(quoter.quote(request));
        assertThat(offer(quoter.quote(request)).quoteId()).matches("Q-[0-9a-f]{20}");
    }

    @Test
    void givesAnotherSessionOrAnotherAnswerAnotherQuoteId() {
        String id = offer(quoter.quote(request(FLAWLESS, OptionalInt.of(88)))).quoteId();
        QuoteRequest otherSession =
                new QuoteRequest("s-2", "Google", "Pixel 8", 128, OptionalInt.of(88), false, false, FLAWLESS, "USD");
        QuoteRequest otherAnswer = request(new Condition(true, Screen.FLAWLESS, Body.WORN, false), OptionalInt.of(88));

        assertThat(offer(quoter.quote(otherSession)).quoteId()).isNotEqualTo(id);
        assertThat(offer(quoter.quote(otherAnswer)).quoteId()).isNotEqualTo(id);
    }

    @Test
    void standsForTheValidityWindowFromTheClockToTheSecond() {
        BookQuoter tenMinutes =
                new BookQuoter(live, new GradingRules(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10));

        assertThat(offer(tenMinutes.quote(request(FLAWLESS, OptionalInt.empty())))
                        .validUntil())
                .isEqualTo(Instant.parse("2026-11-23T10:25:30Z"));
        assertThat(offer(quoter.quote(request(FLAWLESS, OptionalInt.empty()))).validUntil())
                .isEqualTo(Instant.parse("2026-11-23T10:30:30Z"));
    }

    @Test
    void namesTheModelAndTheBookEditionItPricedFrom() {
        Quote quote = offer(quoter.quote(request(FLAWLESS, OptionalInt.empty())));

        assertThat(quote.modelId()).isEqualTo("google-pixel-8");
        assertThat(quote.modelName()).isEqualTo("Google Pixel 8");
        assertThat(quote.storageGb()).isEqualTo(128);
        assertThat(quote.basePrice()).isEqualTo(new Money(31000, "USD"));
        assertThat(quote.priceBookVersion()).isEqualTo("t1");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "samsung, SM-S911B,  samsung-galaxy-s23",
        "samsung, SM-S911U1, samsung-galaxy-s23",
        "SAMSUNG, sm-s9110,  samsung-galaxy-s23",
        "Samsung, Galaxy S23, samsung-galaxy-s23",
        "samsung, SM-S916B,  samsung-galaxy-s23-plus",
        "google,  ' Pixel  8 ', google-pixel-8",
    })
    void recognisesAPhoneByWhatAndroidReports(String manufacturer, String model, String modelId) {
        QuoteRequest request = new QuoteRequest(
                "s-1",
                manufacturer,
                model,
                modelId.endsWith("plus") ? 256 : 128,
                OptionalInt.empty(),
                false,
                false,
                FLAWLESS,
                "USD");

        assertThat(offer(quoter.quote(request)).modelId()).isEqualTo(modelId);
    }

    @ParameterizedTest(name = "{0} / {1} {2} GB, locked {3}, blocked {4} -> {5}")
    @CsvSource({
        "Google,  Pixel 8,  128, false, true,  IMEI_BLOCKED",
        "Google,  Pixel 8,  128, true,  true,  IMEI_BLOCKED",
        "Google,  Pixel 8,  128, true,  false, ACCOUNT_LOCKED",
        "Google,  Pixel 9,  128, true,  false, UNSUPPORTED_MODEL",
        "Google,  Pixel 8,  512, false, false, UNSUPPORTED_MODEL",
        "samsung, SM-S91,   128, false, false, UNSUPPORTED_MODEL",
        "Apple,   Pixel 8,  128, false, false, UNSUPPORTED_MODEL",
    })
    void refusesWithTheReasonTheSellerCanActOn(
            String manufacturer, String model, int storage, boolean locked, boolean blocked, RefusalReason reason) {
        QuoteRequest request = new QuoteRequest(
                "s-1", manufacturer, model, storage, OptionalInt.empty(), locked, blocked, FLAWLESS, "USD");

        assertThat(quoter.quote(request)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.detail()).isNotBlank();
        });
    }

    @Test
    void refusesAPhoneWorthLessThanTheCurrencyMinimum() throws Exception {
        PriceBook cheap = PriceBookParser.parse(
                "cheap",
                TestBooks.text(TestBooks.concat(
                        TestBooks.HEADER, "model|acme-one|Acme|One|2019", "sku|acme-one|32|40.00|280.00|40.00|6000")));
        BookQuoter cheapQuoter = new BookQuoter(() -> cheap, Clock.fixed(NOW, ZoneOffset.UTC));
        QuoteRequest dead = new QuoteRequest(
                "s-1",
                "Acme",
                "One",
                32,
                OptionalInt.empty(),
                false,
                false,
                new Condition(false, Screen.CRACKED, Body.DAMAGED, true),
                "USD");

        assertThat(cheapQuoter.quote(dead)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.NO_VALUE);
            assertThat(refusal.detail()).contains("4.00 USD", "5.00 USD");
        });
    }

    @Test
    void quotesFromTheBookInForceAfterASwap() throws Exception {
        PriceBook next = PriceBookParser.parse(
                "next", TestBooks.small().replace("version\tt1", "version\tt2").replace("310.00", "300.00"));
        live.replace(next);

        Quote quote = offer(quoter.quote(request(FLAWLESS, OptionalInt.empty())));

        assertThat(quote.priceBookVersion()).isEqualTo("t2");
        assertThat(quote.offer()).isEqualTo(new Money(30000, "USD"));
    }

    @Test
    void treatsACurrencyTheBookDoesNotPriceAsAConfigurationError() {
        QuoteRequest gbp =
                new QuoteRequest("s-1", "Google", "Pixel 8", 128, OptionalInt.empty(), false, false, FLAWLESS, "GBP");
        QuoteRequest unknown =
                new QuoteRequest("s-1", "Google", "Pixel 8", 128, OptionalInt.empty(), false, false, FLAWLESS, "XYZ");

        assertThatThrownBy(() -> quoter.quote(gbp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not price GBP");
        assertThatThrownBy(() -> quoter.quote(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XYZ");
    }

    private static QuoteRequest request(Condition condition, OptionalInt battery) {
        return new QuoteRequest("s-1", "Google", "Pixel 8", 128, battery, false, false, condition, "USD");
    }

    private static Quote offer(QuoteDecision decision) {
        assertThat(decision).isInstanceOf(Offer.class);
        return ((Offer) decision).quote();
    }
}

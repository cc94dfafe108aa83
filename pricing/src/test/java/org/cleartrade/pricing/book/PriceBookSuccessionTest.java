package org.cleartrade.pricing.book;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceBookSuccessionTest {

    private final PriceBook current = TestBooks.smallBook();

    @Test
    void acceptsALaterBookThatKeepsEveryModel() throws Exception {
        PriceBook next = PriceBookParser.parse("next", later(TestBooks.small()));

        assertThatCode(() -> PriceBookSuccession.check(current, next, "next")).doesNotThrowAnyException();
    }

    @Test
    void refusesABookNotIssuedAfterTheOneInForce() throws Exception {
        PriceBook replay = PriceBookParser.parse("replay", TestBooks.small().replace("version\tt1", "version\tt0"));

        assertThatThrownBy(() -> PriceBookSuccession.check(current, replay, "replay"))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("is not after the book in force");
    }

    @Test
    void refusesABookThatSilentlyDropsAModel() throws Exception {
        PriceBook next = PriceBookParser.parse("next", later(withoutPlus()));

        assertThatThrownBy(() -> PriceBookSuccession.check(current, next, "next"))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("model samsung-galaxy-s23-plus is missing and not listed as retired");
    }

    @Test
    void acceptsADroppedModelThatIsListedAsRetired() throws Exception {
        PriceBook next = PriceBookParser.parse("next", later(withoutPlus()) + "retired\tsamsung-galaxy-s23-plus\n");

        assertThatCode(() -> PriceBookSuccession.check(current, next, "next")).doesNotThrowAnyException();
    }

    @Test
    void refusesABookThatStopsPricingACurrency() throws Exception {
        String usdOnly = later(TestBooks.small())
                .replace("currencies\tUSD\tCNY\tEUR\tJPY", "currencies\tUSD")
                .replaceAll("(sku\t[^\t]+\t\\d+\t[0-9.]+)\t[^\n]*", "$1");
        PriceBook next = PriceBookParser.parse("next", usdOnly);

        assertThatThrownBy(() -> PriceBookSuccession.check(current, next, "next"))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("currency CNY is no longer priced");
    }

    @Test
    void refusesAPriceThatMovesByMoreThanAFactorOfThree() throws Exception {
        PriceBook misplacedPoint =
                PriceBookParser.parse("next", later(TestBooks.small()).replace("310.00", "31.00"));
        PriceBook tripled =
                PriceBookParser.parse("next", later(TestBooks.small()).replace("380.00", "1140.00"));

        assertThatThrownBy(() -> PriceBookSuccession.check(current, misplacedPoint, "next"))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("google-pixel-8 128 GB USD: price moves from 31000 to 3100 minor units");
        assertThatCode(() -> PriceBookSuccession.check(current, tripled, "next"))
                .doesNotThrowAnyException();
    }

    private static String later(String book) {
        return book.replace("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z").replace("version\tt1", "version\tt2");
    }

    private static String withoutPlus() {
        return TestBooks.small()
                .lines()
                .filter(line -> !line.contains("s23-plus"))
                .reduce("", (a, b) -> a + b + "\n");
    }
}

package org.cleartrade.pricing.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.pricing.book.TestBooks.HEADER;
import static org.cleartrade.pricing.book.TestBooks.concat;
import static org.cleartrade.pricing.book.TestBooks.text;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceBookParserTest {

    private static final String MODEL = "model|google-pixel-8|Google|Pixel 8|2023";

    @Test
    void readsHeaderModelsAliasesAndExactPrices() throws Exception {
        PriceBook book = PriceBookParser.parse("test", TestBooks.small().replace("\n", "\r\n"));

        assertThat(book.version()).isEqualTo("t1");
        assertThat(book.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(book.currencies()).containsExactly("USD", "CNY", "EUR", "JPY");
        assertThat(book.models())
                .extracting(CatalogModel::id)
                .containsExactly("google-pixel-8", "samsung-galaxy-s23", "samsung-galaxy-s23-plus");
        CatalogModel pixel = book.model("google-pixel-8").orElseThrow();
        assertThat(pixel.sku(128).orElseThrow().pricesMinor()).containsExactly(31000, 215000, 29000, 46000);
        assertThat(pixel.skus()).containsOnlyKeys(128, 256);
        assertThat(book.skuCount()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "sku|google-pixel-8|128|-310.00|2150.00|290.00|46000; line 7: google-pixel-8 128 GB USD: price must be positive",
                "sku|google-pixel-8|128|0|2150.00|290.00|46000; price must be positive, was 0",
                "sku|google-pixel-8|128|310.001|2150.00|290.00|46000; has more than 2 decimals",
                "sku|google-pixel-8|128|310.00|2150.00|290.00|46000.5; JPY: price 46000.5 has more than 0 decimals",
                "sku|google-pixel-8|128|31000.00|2150.00|290.00|46000; above the ceiling for USD",
                "sku|google-pixel-8|128|310.00|99999999999999999999999|290.00|46000; above the ceiling for CNY",
                "sku|google-pixel-8|128|310.00|2150.00|1E+30|46000; above the ceiling for EUR",
                "sku|google-pixel-8|128|3l0.00|2150.00|290.00|46000; is not a number",
                "sku|google-pixel-8|100|310.00|2150.00|290.00|46000; implausible storage 100 GB",
                "sku|google-pixel-8|128|310.00|2150.00|290.00; sku needs 7 tab-separated fields, found 6",
                "sku|google-pixel-9|128|310.00|2150.00|290.00|46000; model google-pixel-9 is not declared above",
                "sku|google-pixel-8|64|999.00|2150.00|290.00|46000; 128 GB is priced below a smaller variant in USD",
                "model|Google-Pixel|Google|Pixel|2023; \"Google-Pixel\" is not a model id",
                "model|google-pixel-8|Google|Pixel 8|2023; model google-pixel-8 declared twice",
                "model|acme-one|Acme|One|1999; implausible year 1999",
                "alias|google-pixel-8|Google|P*; * must end a prefix of at least 3 characters",
                "alias|google-pixel-8|Google|Pix*el; * must end a prefix",
                "retired|google-pixel-8; model google-pixel-8 is both listed and retired",
                "price|google-pixel-8|128; unknown record \"price\"",
                "currencies|USD; currencies given twice",
                "version|t2; version given twice",
            })
    void refusesABadEntryAndNamesIt(String badLine, String expected) {
        String book = text(concat(HEADER, MODEL, "sku|google-pixel-8|128|310.00|2150.00|290.00|46000", badLine));

        assertThatThrownBy(() -> PriceBookParser.parse("feed.tsv", book))
                .isInstanceOf(PriceBookException.class)
                .hasMessageStartingWith("price book feed.tsv refused")
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "cleartrade-price-book|2; not a price book of format 1",
                "currencies|USD|XYZ; unsupported currency \"XYZ\"",
                "currencies|USD|USD; currency USD listed twice",
                "issued|yesterday; issued \"yesterday\" is not an ISO-8601 instant",
            })
    void refusesABadHeader(String header, String expected) {
        String replaced = text(HEADER)
                .replace(
                        "cleartrade-price-book\t1",
                        header.startsWith("cleartrade") ? header.replace('|', '\t') : "cleartrade-price-book\t1")
                .replaceAll(
                        "currencies\t[^\n]*",
                        header.startsWith("currencies") ? header.replace('|', '\t') : "currencies\tUSD\tCNY\tEUR\tJPY")
                .replaceAll(
                        "issued\t[^\n]*",
                        header.startsWith("issued") ? header.replace('|', '\t') : "issued\t2026-01-01T00:00:00Z");

        assertThatThrownBy(
                        () -> PriceBookParser.parse("feed", replaced + text(MODEL, "sku|google-pixel-8|128|1|1|1|1")))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void refusesAnEmptyOrGarbledBody() {
        assertThatThrownBy(() -> PriceBookParser.parse("feed", ""))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> PriceBookParser.parse("feed", "\u0000\u00ff<html>oops</html>"))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("not a price book of format 1");
    }

    @Test
    void refusesABookWithoutModelsOrHeaderFields() {
        assertThatThrownBy(() -> PriceBookParser.parse("feed", text("cleartrade-price-book|1")))
                .isInstanceOf(PriceBookException.class)
                .satisfies(e -> assertThat(((PriceBookException) e).problems())
                        .containsExactly("missing version", "missing issued", "missing currencies", "no models"));
    }

    @Test
    void refusesAModelWithoutPricesAndAnAliasNamingTwoModels() {
        String book = text(concat(
                HEADER,
                MODEL,
                "model|acme-one|Acme|One|2020",
                "alias|acme-one|Google|Pixel 8",
                "sku|google-pixel-8|128|310.00|2150.00|290.00|46000"));

        assertThatThrownBy(() -> PriceBookParser.parse("feed", book))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("model acme-one has no sku")
                .hasMessageContaining("alias Google / Pixel 8 of acme-one already names google-pixel-8");
    }

    @Test
    void collectsEveryProblemAndShowsTheFirstTwenty() {
        String[] lines = new String[30];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "sku|google-pixel-8|" + (8 << (i % 9)) + "|-1|1|1|1";
        }
        String book = text(concat(concat(HEADER, MODEL), lines));

        assertThatThrownBy(() -> PriceBookParser.parse("feed", book))
                .isInstanceOf(PriceBookException.class)
                .hasMessageContaining("31 problems")
                .hasMessageContaining("... and 11 more");
    }

    @ParameterizedTest(name = "\"{0}\" with {1} minor digits -> {2}")
    @CsvSource({
        "310.00, 2, 31000",
        "310.5,  2, 31050",
        "310,    2, 31000",
        "46000,  0, 46000",
        "0.01,   2, 1",
        "310.,   2, -1",
        ".50,    2, -1",
        "310.001, 2, -1",
        "3l0,    2, -1",
        "-310,   2, -1",
        "1E+3,   2, -1",
        "1234567890123456, 2, -1",
        "46000.5, 0, -1",
    })
    void readsPlainDecimalsExactlyAndLeavesTheRestToTheCarefulPath(String text, int minorDigits, long expected) {
        assertThat(PriceText.plainMinorUnits(text, minorDigits)).isEqualTo(expected);
    }
}

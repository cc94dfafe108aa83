package org.cleartrade.pricing.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedPriceBookTest {

    private final PriceBook seed = PriceBooks.loadSeed();

    @Test
    void theSeedIsMarkedAsDemoDataAndPricesTheSupportedCurrencies() {
        assertThat(seed.notice())
                .hasValueSatisfying(notice -> assertThat(notice).contains("DEMO DATA"));
        assertThat(seed.currencies()).contains("USD", "CNY", "EUR");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Google,  Pixel 8,  google-pixel-8",
        "samsung, SM-S911B, samsung-galaxy-s23",
    })
    void recognisesTheDemoPhones(String manufacturer, String model, String modelId) {
        assertThat(seed.identify(manufacturer, model))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(modelId));
    }
}

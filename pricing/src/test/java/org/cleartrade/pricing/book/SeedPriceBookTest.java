package org.cleartrade.pricing.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedPriceBookTest {

    private final PriceBook seed = PriceBooks.loadSeed();

    @Test
    void theSeedIsMarkedAsDemoDataAndPricesTheSupportedCurrencies() {
        assertThat(seed.notice())
                .hasValueSatisfying(notice -> assertThat(notice).contains("DEMO DATA"));
        assertThat(seed.version()).endsWith("-demo");
        assertThat(seed.currencies()).contains("USD", "CNY", "EUR");
    }

    @Test
    void coversAtLeastHundredFiftyModelsOfTheMajorBrandsFrom2019To2026() {
        Set<String> brands = seed.models().stream().map(CatalogModel::brand).collect(Collectors.toSet());
        Set<Integer> years = seed.models().stream().map(CatalogModel::year).collect(Collectors.toSet());

        assertThat(seed.models()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(seed.skuCount()).isGreaterThan(seed.models().size());
        assertThat(brands).contains("Apple", "Samsung", "Google", "Xiaomi", "OnePlus", "Motorola", "Huawei");
        assertThat(years).contains(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Google,   Pixel 8,            google-pixel-8",
        "Google,   Pixel 7a,           google-pixel-7a",
        "samsung,  SM-S911B,           samsung-galaxy-s23",
        "samsung,  SM-S921U,           samsung-galaxy-s24",
        "samsung,  SM-A546B,           samsung-galaxy-a54-5g",
        "samsung,  SM-A155F,           samsung-galaxy-a15",
        "Xiaomi,   2211133G,           xiaomi-13",
        "Xiaomi,   Redmi Note 8 Pro,   xiaomi-redmi-note-8-pro",
        "OnePlus,  CPH2449,            oneplus-11",
        "motorola, moto g84 5G,        motorola-moto-g84-5g",
        "motorola, motorola edge 40,   motorola-edge-40",
        "Apple,    'iPhone15,4',       apple-iphone-15",
    })
    void recognisesPhonesByWhatTheyReport(String manufacturer, String model, String modelId) {
        assertThat(seed.identify(manufacturer, model))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(modelId));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Google,      Pixel 6a,   google-pixel-6a",
        "Google,      Pixel 7,    google-pixel-7",
        "OnePlus,     LE2113,     oneplus-9",
        "Xiaomi,      23021RAAEG, xiaomi-redmi-note-12",
        "Sony,        XQ-DC54,    sony-xperia-10-v",
        "Fairphone,   FP5,        fairphone-5",
        "HMD Global,  Nokia G21,  nokia-g21",
        "motorola,    moto g(7),  motorola-moto-g-7",
    })
    void pricesEveryDemoPhoneScenarioAsItReportsItself(String manufacturer, String model, String modelId) {
        CatalogModel found = seed.identify(manufacturer, model).orElseThrow();

        assertThat(found.id()).isEqualTo(modelId);
        assertThat(found.sku(128)).as("the scenarios report 128 GB").isPresent();
    }
}

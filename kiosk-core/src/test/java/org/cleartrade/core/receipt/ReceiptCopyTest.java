package org.cleartrade.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCopyTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-Hans | 145000 | CNY | ¥1,450.00",
                "en      | 145000 | USD | $1,450.00",
                "en      | 145000 | CNY | CN¥1,450.00",
                "es      | 18250  | EUR | 182,50 €",
                "en      | 14500  | JPY | ¥14,500",
                "es      | 0      | EUR | 0,00 €"
            })
    void formatsMoneyInTheCurrencysOwnMinorUnits(String language, long minor, String currency, String expected) {
        ReceiptCopy copy = ReceiptCopy.forLanguage(language, ZoneId.of("UTC"));

        assertThat(copy.money(new Money(minor, currency))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "es"})
    void translatesEveryKeyOfTheEnglishCopy(String language) throws IOException {
        Properties english = load("receipts.properties");
        Properties translated = load("receipts_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "es"})
    void namesEveryInspectionCheckAnyDockReports(String language) {
        ReceiptCopy copy = ReceiptCopy.forLanguage(language, ZoneId.of("UTC"));

        for (Check.Kind kind : Check.Kind.values()) {
            assertThat(copy.text("check." + kind.name())).as(kind.name()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "es"})
    void printsTimesInTheKioskZoneAndSaysWhichZone(String language) {
        ReceiptCopy copy = ReceiptCopy.forLanguage(language, ZoneId.of("Asia/Shanghai"));
        Instant at = Instant.parse("2026-11-23T11:04:02Z");

        assertThat(copy.time(at)).isEqualTo("2026-11-23 19:04");
        assertThat(copy.zone(at)).contains("UTC+08:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans"})
    void namesAMissingKeyAndTheLanguage(String language) {
        ReceiptCopy copy = ReceiptCopy.forLanguage(language, ZoneId.of("UTC"));

        assertThatThrownBy(() -> copy.text("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReceiptCopy.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

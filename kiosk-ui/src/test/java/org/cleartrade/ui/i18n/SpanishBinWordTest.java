package org.cleartrade.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spanish-speaking seller reads one word for the bin their phone goes into, on the screens and
 * on the receipts: "compartimento". "Cajón" and "depósito" (as a bin) were both in use.
 */
class SpanishBinWordTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org/cleartrade/assets/i18n/ui_es.properties",
                "org/cleartrade/core/receipt/receipts_es.properties"
            })
    void callsTheBinCompartimentoEverywhere(String bundle) throws IOException {
        Properties copy = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            copy.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(copy.stringPropertyNames()).allSatisfy(key -> {
            String value = copy.getProperty(key).toLowerCase(Locale.ROOT);
            assertThat(value).as(key).doesNotContain("cajón", "cajones");
            if (key.contains("bin") || key.contains("BIN")) {
                assertThat(value).as(key).doesNotContain("depósito");
            }
        });
        assertThat(copy.values()).anySatisfy(v -> assertThat(v.toString()).containsIgnoringCase("compartimento"));
    }
}

package org.cleartrade.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.ui.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenMoneyTest {

    @ParameterizedTest(name = "{0}: {1} is said as {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Your offer is €240.00.|Your offer is 240 euros.",
                "en|€1,240.50 paid|1240 euros 50 cents paid",
                "en|$99.00|99 dollars",
                "en|CN¥1,240.50|1240 yuan 50 fen",
                "es|Su oferta es 240,00\u00a0€.|Su oferta es 240 euros.",
                "es|1.240,50\u00a0€|1240 euros con 50 céntimos",
                "es|99,00\u00a0US$|99 dólares",
                "zh-CN|报价 €240.00。|报价 240欧元。",
                "zh-CN|¥1,240.50|1240元50分",
                "zh-CN|US$99.00|99美元",
                "en|Bin 3, 2 minutes left|Bin 3, 2 minutes left"
            })
    void amountsAreWrittenOutTheWayEachLanguageSaysThem(String tag, String shown, String said) {
        assertThat(SpokenMoney.of(shown, Language.fromTag(tag).orElseThrow())).isEqualTo(said);
    }
}

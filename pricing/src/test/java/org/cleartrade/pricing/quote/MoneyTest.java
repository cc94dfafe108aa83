package org.cleartrade.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"28000, USD, 280.00 USD", "145000, CNY, 1450.00 CNY", "1450, JPY, 1450 JPY", "5, EUR, 0.05 EUR"})
    void writesAmountsWithTheCurrencysOwnDecimalsAndReadsThemBack(long minor, String currency, String text) {
        Money money = new Money(minor, currency);

        assertThat(money.text()).isEqualTo(text);
        assertThat(Money.parse(text)).isEqualTo(money);
    }

    @ParameterizedTest
    @ValueSource(strings = {"280 dollars", "280.00", "2.801 EUR", "abc USD", "1 2 USD"})
    void refusesWhatIsNotAnAmountInACurrency(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}

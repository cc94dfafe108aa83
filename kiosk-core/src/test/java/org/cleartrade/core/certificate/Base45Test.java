package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Test {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void matchesTheExamplesOfRfc9285(String bytes, String text) {
        assertThat(Base45.encode(bytes.getBytes(StandardCharsets.US_ASCII))).isEqualTo(text);
        assertThat(new String(Base45.decode(text), StandardCharsets.US_ASCII)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 204, 205})
    void roundTripsAnyBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);

        assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GGW|out of range",
                "A|cannot be 1 characters",
                "BB8a|cannot be 4",
                "BB8aa|not in the Base45",
                "::|out of range"
            })
    void refusesTextNoEncoderWrites(String text, String message) {
        assertThatThrownBy(() -> Base45.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}

package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capacities at error correction M from ISO/IEC 18004's table 7: the last length each version holds. */
class QrVersionTest {

    @ParameterizedTest(name = "{2} characters of \"{0}\" fit version {1}, one more does not")
    @CsvSource({
        "7, 1, 34",
        "7, 9, 432",
        "7, 10, 513",
        "7, 40, 5596",
        "A, 1, 20",
        "A, 9, 262",
        "A, 10, 311",
        "A, 27, 1637",
        "A, 40, 3391",
        "a, 1, 14",
        "a, 9, 180",
        "a, 10, 213",
        "a, 13, 331",
        "a, 15, 412",
        "a, 40, 2331"
    })
    void aVersionHoldsItsCapacityAndNotOneCharacterMore(String character, int version, int capacity) {
        assertThat(QrVersion.of(character.repeat(capacity))).isEqualTo(version);
        if (version < QrVersion.MAX) {
            assertThat(QrVersion.of(character.repeat(capacity + 1))).isGreaterThan(version);
        } else {
            assertThatThrownBy(() -> QrVersion.of(character.repeat(capacity + 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not fit any QR version");
        }
    }

    @Test
    void readsABase45PayloadAsAlphanumericAndALinkAsBytes() {
        String payload = "CT:" + "9L8B $%*+-./:".repeat(15);

        assertThat(QrVersion.of(payload)).isEqualTo(QrVersion.of("A".repeat(payload.length())));
        assertThat(QrVersion.of("https://fleet.example.com/c#" + payload))
                .isEqualTo(QrVersion.of("a".repeat(payload.length() + 28)));
    }

    @Test
    void countsACharacterOutsideIsoLatin1AsOneByteAsTheEncoderWritesIt() {
        assertThat(QrVersion.of("数".repeat(14))).isEqualTo(1);
        assertThat(QrVersion.of("数".repeat(15))).isEqualTo(2);
    }

    @Test
    void refusesToPrintAPayloadAboveVersionTen() {
        assertThat(QrVersion.requirePrintable("A".repeat(311))).hasSize(311);
        assertThatThrownBy(() -> QrVersion.requirePrintable("A".repeat(312)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the payload needs QR version 11, more than 10 at ECC M");
    }

    @Test
    void aSymbolHasFourModulesMoreASideForEachVersion() {
        assertThat(QrVersion.modules(1)).isEqualTo(21);
        assertThat(QrVersion.modules(10)).isEqualTo(57);
        assertThat(QrVersion.modules(40)).isEqualTo(177);
        assertThatThrownBy(() -> QrVersion.modules(41)).isInstanceOf(IllegalArgumentException.class);
    }
}

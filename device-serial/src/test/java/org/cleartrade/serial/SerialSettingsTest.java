package org.cleartrade.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.cleartrade.serial.SerialSettings.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialSettingsTest {

    @ParameterizedTest(name = "{0} baud {1}{2}{3} = {4} bits, {5} ns")
    @CsvSource({
        "19200, 8, EVEN, 1, 11, 572916",
        "9600,  8, NONE, 1, 10, 1041666",
        "115200, 8, NONE, 2, 11, 95486",
        "19200, 7, ODD,  1, 10, 520833",
    })
    void countsTheBitsAndTimeOfOneCharacterOnTheWire(
            int baud, int data, Parity parity, int stop, int bits, long nanos) {
        SerialSettings s = new SerialSettings("/dev/ttyS0", baud, data, parity, stop);

        assertThat(s.bitsPerCharacter()).isEqualTo(bits);
        assertThat(s.characterNanos()).isEqualTo(nanos);
    }

    @Test
    void namesTheSettingThatIsOutOfRange() {
        assertThatThrownBy(() -> new SerialSettings(" ", 19200, 8, Parity.EVEN, 1))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyS0", 100, 8, Parity.EVEN, 1))
                .hasMessageContaining("baud");
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyS0", 19200, 9, Parity.EVEN, 1))
                .hasMessageContaining("dataBits");
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyS0", 19200, 8, Parity.EVEN, 3))
                .hasMessageContaining("stopBits");
    }

    @Test
    void failsToOpenAMissingDeviceWithItsName(@TempDir Path dir) {
        String port = dir.resolve("ttyGone").toString();

        assertThatThrownBy(() -> SerialLink.open(SerialSettings.modbusRtu(port, 19200)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(port);
    }
}

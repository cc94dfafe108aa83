package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cleartrade.serial.SerialSettings;
import org.junit.jupiter.api.Test;

class ModbusLatchSettingsTest {
    private final SerialSettings line = SerialSettings.modbusRtu("/dev/ttyUSB0", 19200);

    @Test
    void defaultsToTheFirmwaresLine() {
        ModbusLatchSettings s = ModbusLatchSettings.defaults("/dev/ttyACM0");

        assertThat(s.serial()).isEqualTo(new SerialSettings("/dev/ttyACM0", 19200, 8, SerialSettings.Parity.EVEN, 1));
        assertThat(s.unitId()).isEqualTo(1);
        assertThat(s.attempts()).isEqualTo(3);
    }

    @Test
    void namesTheSettingThatIsOutOfRange() {
        assertThatThrownBy(() -> new ModbusLatchSettings(line, 0, Duration.ofMillis(100), 3))
                .hasMessageContaining("unitId");
        assertThatThrownBy(() -> new ModbusLatchSettings(line, 1, Duration.ofMillis(1), 3))
                .hasMessageContaining("responseTimeout");
        assertThatThrownBy(() -> new ModbusLatchSettings(line, 1, Duration.ofMillis(100), 0))
                .hasMessageContaining("attempts");
    }

    @Test
    void refusesTimingTheFirmwareWouldRejectBeforeTouchingTheLine() {
        try (ModbusBinLatch latch = new ModbusBinLatch(ModbusLatchSettings.defaults("/nonexistent/latch"))) {
            assertThatThrownBy(() -> latch.configure(Duration.ZERO, Duration.ofMillis(800)))
                    .hasMessageContaining("relockAfter");
            assertThatThrownBy(() -> latch.configure(Duration.ofSeconds(30), Duration.ofMillis(50)))
                    .hasMessageContaining("jamAfter");
        }
    }
}

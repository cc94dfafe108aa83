package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModbusBinLatchAbsentControllerTest {

    @Test
    void saysWhichPortHasNoControllerWhenNothingIsPluggedIn(@TempDir Path dir) {
        String port = dir.resolve("ttyUSB-latch").toString();
        try (ModbusBinLatch latch = new ModbusBinLatch(ModbusLatchSettings.defaults(port))) {
            assertThatThrownBy(() -> latch.status(1))
                    .isInstanceOf(LatchException.class)
                    .hasMessageContaining(port)
                    .hasMessageContaining("no valid answer from latch controller 1")
                    .hasMessageContaining("after 3 attempts");
            assertThatThrownBy(() -> latch.unlock(1)).isInstanceOf(LatchException.class);
        }
    }
}

package org.cleartrade.ui.config;

import java.util.List;
import java.util.Objects;
import org.cleartrade.serial.SerialSettings;

/**
 * The bin latch keys ({@code latch.*}): one serial line, RS-485 or USB-CDC, and the Modbus unit
 * ids of the controllers on it. Bins are numbered across the controllers in the order of {@code
 * unitIds}: with two four-bin controllers, bins 1-4 are on the first and 5-8 on the second.
 */
public record LatchSettings(
        Driver driver, String serialPort, int baud, SerialSettings.Parity parity, List<Integer> unitIds) {

    public enum Driver {
        SIMULATED,
        MODBUS
    }

    public LatchSettings {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(serialPort, "serialPort");
        Objects.requireNonNull(parity, "parity");
        unitIds = List.copyOf(unitIds);
    }

    /**
     * The line as Modbus RTU frames it: 8 data bits, and without parity two stop bits, so every
     * character is 11 bits long (Modbus over serial line, 2.5.1).
     */
    public SerialSettings serial() {
        return new SerialSettings(serialPort, baud, 8, parity, parity == SerialSettings.Parity.NONE ? 2 : 1);
    }
}

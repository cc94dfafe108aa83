package org.cleartrade.serial.latch;

import java.time.Duration;
import java.util.Objects;
import org.cleartrade.serial.SerialSettings;

/**
 * How to reach a latch controller.
 *
 * @param serial the line; the firmware speaks 19200 baud 8E1
 * @param unitId the controller's Modbus address, 1 to 247
 * @param responseTimeout how long each read of an answer may wait; an answer takes at most four
 *     reads (address, function, byte count, rest), so one attempt ends within four timeouts plus
 *     the request's wire time
 * @param attempts how many times one command is sent before giving up (CRC error, timeout, port
 *     gone); writes are idempotent, so a repeated command is safe. A command therefore fails
 *     within about {@code attempts × (4 × responseTimeout + wire time)}: 1.3 s with the defaults
 */
public record ModbusLatchSettings(SerialSettings serial, int unitId, Duration responseTimeout, int attempts) {

    public ModbusLatchSettings {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (unitId < 1 || unitId > 247) {
            throw new IllegalArgumentException("unitId must be 1 to 247, was " + unitId);
        }
        if (responseTimeout.toMillis() < 10 || responseTimeout.toMillis() > 5000) {
            throw new IllegalArgumentException("responseTimeout must be 10 ms to 5 s, was " + responseTimeout);
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1 to 10, was " + attempts);
        }
    }

    /** The firmware's defaults on the given port: 19200 8E1, unit 1, 100 ms, three attempts. */
    public static ModbusLatchSettings defaults(String port) {
        return new ModbusLatchSettings(SerialSettings.modbusRtu(port, 19200), 1, Duration.ofMillis(100), 3);
    }
}

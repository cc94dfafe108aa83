package org.cleartrade.serial;

import java.util.Objects;

/**
 * How to open a serial line.
 *
 * @param port device path, e.g. {@code /dev/ttyUSB0} or a pty or a udev symlink to one
 * @param baud bits per second
 * @param dataBits 7 or 8
 * @param parity parity bit, or none
 * @param stopBits 1 or 2
 */
public record SerialSettings(String port, int baud, int dataBits, Parity parity, int stopBits) {

    /** The parity bit added to each character. */
    public enum Parity {
        NONE,
        EVEN,
        ODD
    }

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        if (port.isBlank()) {
            throw new IllegalArgumentException("port must name a device");
        }
        if (baud < 300 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud must be 300 to 4000000, was " + baud);
        }
        if (dataBits != 7 && dataBits != 8) {
            throw new IllegalArgumentException("dataBits must be 7 or 8, was " + dataBits);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stopBits must be 1 or 2, was " + stopBits);
        }
    }

    /** Modbus RTU's default framing: 8 data bits, even parity, 1 stop bit. */
    public static SerialSettings modbusRtu(String port, int baud) {
        return new SerialSettings(port, baud, 8, Parity.EVEN, 1);
    }

    /** Bits on the wire for one character: start bit, data, parity, stop bits. */
    public int bitsPerCharacter() {
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
    }

    /** How long one character takes on the wire, in nanoseconds. */
    public long characterNanos() {
        return 1_000_000_000L * bitsPerCharacter() / baud;
    }
}

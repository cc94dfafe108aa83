package org.cleartrade.serial.latch;

/**
 * What the latch controller says about itself (input registers 0x0030 to 0x0035).
 *
 * @param firmwareVersion major in the high byte, minor in the low byte
 * @param resetCause the MCU's reset flags at boot: 1 power-on, 2 external, 4 brown-out, 8 watchdog
 * @param uptimeSeconds seconds since boot, modulo 65536
 * @param crcErrors frames dropped for a bad CRC since boot
 * @param framesServed good frames since boot
 */
public record ControllerInfo(
        int firmwareVersion, int binCount, int resetCause, int uptimeSeconds, int crcErrors, int framesServed) {

    public boolean resetByWatchdog() {
        return (resetCause & 0x08) != 0;
    }
}

package org.cleartrade.ui.config;

import java.nio.file.Path;
import java.util.Objects;
import org.cleartrade.deviceio.printer.EscPosOptions;

/**
 * The receipt printer's keys ({@code printer.*}): how to reach it and what it can print by itself.
 *
 * @param options paper width, and whether the printer draws QR codes and Chinese text itself
 *     (otherwise the kiosk sends them as raster images)
 */
public record PrinterSettings(
        Driver driver, String host, int port, Path device, String serialPort, int baud, EscPosOptions options) {

    public enum Driver {
        SIMULATED,
        ESCPOS_TCP,
        ESCPOS_DEVICE,
        ESCPOS_SERIAL
    }

    public PrinterSettings {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(serialPort, "serialPort");
        Objects.requireNonNull(options, "options");
    }
}

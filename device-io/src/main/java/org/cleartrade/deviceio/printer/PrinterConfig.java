package org.cleartrade.deviceio.printer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The receipt printer's configuration keys, validated when read; a bad value is an
 * {@link IllegalArgumentException} that names its key.
 *
 * <pre>
 *   printer.transport   virtual (default) | tcp | usb | serial
 *   printer.host        tcp: host name or address            (required for tcp)
 *   printer.port        tcp: port, default 9100
 *   printer.device      usb: device file, default /dev/usb/lp0
 *   printer.serial      serial: port, e.g. /dev/ttyUSB0       (required for serial)
 *   printer.baud        serial: baud rate, default 115200 (8N1)
 *   printer.paper       58 | 80 (mm), default 80
 *   printer.cjk         native (GB18030 font in the printer, default) | raster
 *   printer.qr          native (GS ( k, default) | raster
 *   printer.timeout-ms  status answer and connect timeout, default 2000
 * </pre>
 */
public record PrinterConfig(
        String transport,
        String host,
        int port,
        Path device,
        String serialPort,
        int baud,
        EscPosOptions options,
        Duration timeout) {

    public PrinterConfig {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Reads and checks the {@code printer.*} keys; absent keys take their defaults. */
    public static PrinterConfig from(Map<String, String> settings) {
        String transport = choice(settings, "printer.transport", "virtual", "virtual", "tcp", "usb", "serial");
        String host = settings.getOrDefault("printer.host", "");
        if (transport.equals("tcp") && host.isBlank()) {
            throw new IllegalArgumentException("printer.host is required when printer.transport is tcp");
        }
        String serial = settings.getOrDefault("printer.serial", "");
        if (transport.equals("serial") && serial.isBlank()) {
            throw new IllegalArgumentException("printer.serial is required when printer.transport is serial");
        }
        PaperWidth paper;
        try {
            paper = PaperWidth.ofMillimetres(settings.getOrDefault("printer.paper", "80"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("printer.paper: " + e.getMessage(), e);
        }
        EscPosOptions options = new EscPosOptions(
                paper,
                choice(settings, "printer.cjk", "native", "native", "raster").equals("native"),
                choice(settings, "printer.qr", "native", "native", "raster").equals("native"));
        return new PrinterConfig(
                transport,
                host,
                number(settings, "printer.port", TcpPrinterTransport.DEFAULT_PORT, 1, 65_535),
                Path.of(settings.getOrDefault("printer.device", "/dev/usb/lp0")),
                serial,
                number(settings, "printer.baud", 115_200, 300, 4_000_000),
                options,
                Duration.ofMillis(number(settings, "printer.timeout-ms", 2_000, 50, 60_000)));
    }

    /** The printer this configuration describes; only the virtual one prints with no hardware. */
    public ReceiptPrinter open() {
        if (transport.equals("virtual")) {
            return new VirtualPrinter(options);
        }
        PrinterTransport link = switch (transport) {
            case "tcp" -> new TcpPrinterTransport(host, port, timeout);
            case "usb" -> new DeviceFilePrinterTransport(device);
            case "serial" -> new SerialPrinterTransport(serialPort, baud);
            default -> throw new IllegalStateException("printer.transport: " + transport);
        };
        return new EscPosPrinter(link, new EscPosEncoder(options), timeout);
    }

    private static String choice(Map<String, String> settings, String key, String fallback, String... allowed) {
        String value = settings.getOrDefault(key, fallback).trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                key + " must be one of " + String.join(", ", allowed) + ", was '" + settings.get(key) + "'");
    }

    private static int number(Map<String, String> settings, String key, int fallback, int min, int max) {
        String raw = settings.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the key and the allowed range.
        }
        throw new IllegalArgumentException(key + " must be a whole number " + min + ".." + max + ", was '" + raw + "'");
    }
}

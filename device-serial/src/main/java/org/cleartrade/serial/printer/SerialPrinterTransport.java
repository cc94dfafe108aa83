package org.cleartrade.serial.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.cleartrade.deviceio.printer.PrinterTransport;
import org.cleartrade.serial.SerialLink;
import org.cleartrade.serial.SerialSettings;

/**
 * ESC/POS over a serial line (RS-232 or USB-CDC), through the project's {@link SerialLink}.
 * Receipt printers use 8N1; 115200 baud moves 11,520 bytes per second.
 */
public final class SerialPrinterTransport implements PrinterTransport {
    private final SerialSettings settings;
    private SerialLink link;

    public SerialPrinterTransport(String port, int baud) {
        this.settings = new SerialSettings(port, baud, 8, SerialSettings.Parity.NONE, 1);
    }

    public SerialPrinterTransport(SerialSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        link().write(bytes, 0, bytes.length);
    }

    @Override
    public synchronized int read(Duration timeout) throws IOException {
        byte[] one = new byte[1];
        return link().read(one, 0, 1, timeout) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public synchronized void drain() throws IOException {
        SerialLink l = link();
        byte[] sink = new byte[256];
        int waiting;
        while ((waiting = l.available()) > 0) {
            l.read(sink, 0, Math.min(waiting, sink.length), Duration.ofMillis(1));
        }
    }

    @Override
    public String describe() {
        return "serial://" + settings.port() + "@" + settings.baud();
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private SerialLink link() throws IOException {
        if (link == null) {
            link = SerialLink.open(settings);
        }
        return link;
    }
}

package org.cleartrade.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * One open serial line. The only class in the project that talks to jSerialComm: it opens the
 * port with the given framing and offers blocking reads with a timeout, writes and a count of
 * waiting bytes. A port that disappears (cable pulled, pty closed) makes every call fail with an
 * {@link IOException} naming the port; the link is then closed and a new one must be opened.
 *
 * <p>Threading: one thread at a time. {@link #close()} may be called from any thread.
 */
public final class SerialLink implements AutoCloseable {
    private static final int DEFAULT_READ_TIMEOUT_MILLIS = 100;
    private final SerialSettings settings;
    private final SerialPort port;
    private int readTimeoutMillis = DEFAULT_READ_TIMEOUT_MILLIS;

    private SerialLink(SerialSettings settings, SerialPort port) {
        this.settings = settings;
        this.port = port;
    }

    /**
     * Opens the line.
     *
     * @throws IOException when the device does not exist or cannot be opened
     */
    public static SerialLink open(SerialSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        SerialPort port;
        try {
            port = SerialPort.getCommPort(settings.port());
        } catch (RuntimeException e) {
            throw new IOException("serial port " + settings.port() + " does not exist", e);
        }
        port.setComPortParameters(
                settings.baud(),
                settings.dataBits(),
                settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT,
                switch (settings.parity()) {
                    case NONE -> SerialPort.NO_PARITY;
                    case EVEN -> SerialPort.EVEN_PARITY;
                    case ODD -> SerialPort.ODD_PARITY;
                });
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, DEFAULT_READ_TIMEOUT_MILLIS, 0);
        if (!port.openPort()) {
            throw new IOException(
                    "serial port " + settings.port() + " cannot be opened (error " + port.getLastErrorCode() + ")");
        }
        return new SerialLink(settings, port);
    }

    public SerialSettings settings() {
        return settings;
    }

    /**
     * Reads up to {@code length} bytes, waiting at most {@code timeout} for all of them.
     *
     * @return how many bytes arrived, fewer than asked when the timeout ran out
     * @throws IOException when the port has gone away
     */
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != readTimeoutMillis) {
            // reconfiguring the port touches its line settings: do it only when the timeout changes
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, millis, 0);
            readTimeoutMillis = millis;
        }
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw gone("read");
        }
        return n;
    }

    /** Writes every byte or fails. */
    public void write(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        int n = port.writeBytes(buffer, length, offset);
        if (n != length) {
            throw gone("write");
        }
    }

    /** Bytes waiting to be read. */
    public int available() throws IOException {
        int n = port.bytesAvailable();
        if (n < 0) {
            throw gone("poll");
        }
        return n;
    }

    public boolean isOpen() {
        return port.isOpen();
    }

    @Override
    public void close() {
        port.closePort();
    }

    private IOException gone(String what) {
        return new IOException("serial port " + settings.port() + " failed to " + what + " (error "
                + port.getLastErrorCode() + "): the device has gone away");
    }
}

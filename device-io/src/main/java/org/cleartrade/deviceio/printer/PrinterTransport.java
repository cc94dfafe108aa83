package org.cleartrade.deviceio.printer;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to a printer: TCP port 9100, a USB printer device file, a serial line, or an
 * in-process emulator. Opened lazily on first use and reopened after {@link #close()}, so a
 * printer that was unplugged and plugged back in works again on the next job.
 * Used from one thread at a time ({@link EscPosPrinter} serialises its jobs).
 */
public interface PrinterTransport extends AutoCloseable {

    /** Writes all bytes, or throws. */
    void write(byte[] bytes) throws IOException;

    /** Reads one byte, waiting at most {@code timeout}; returns -1 when nothing came in time. */
    int read(Duration timeout) throws IOException;

    /** Discards bytes that arrived unasked (stale status answers). */
    void drain() throws IOException;

    /** Human-readable address for logs and errors, e.g. {@code tcp://10.0.0.7:9100}. */
    String describe();

    @Override
    void close();
}

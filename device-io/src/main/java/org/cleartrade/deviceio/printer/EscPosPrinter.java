package org.cleartrade.deviceio.printer;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import org.cleartrade.ports.printer.PrinterException;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * A receipt printer that speaks ESC/POS over a {@link PrinterTransport}.
 *
 * <p>A job: 1. read the real-time status ({@code DLE EOT 1, 2, 4}); if the printer cannot print,
 * throw with that status and send nothing. 2. encode and send the receipt. 3. read the status
 * again; if the paper ran out, the cover opened or the printer went offline meanwhile, throw
 * with it. A printer that does not answer within the timeout is reported with a {@code null}
 * status, and the transport is closed so the next job reconnects.
 *
 * <p>Thread-safe: jobs and status reads are serialised on this object.
 */
public final class EscPosPrinter implements ReceiptPrinter, AutoCloseable {
    private static final Logger LOG = System.getLogger(EscPosPrinter.class.getName());

    private final PrinterTransport transport;
    private final EscPosEncoder encoder;
    private final Duration statusTimeout;

    public EscPosPrinter(PrinterTransport transport, EscPosEncoder encoder, Duration statusTimeout) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.statusTimeout = Objects.requireNonNull(statusTimeout, "statusTimeout");
        if (statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new IllegalArgumentException("status timeout must be positive, was " + statusTimeout);
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        try {
            transport.drain();
            int printer = ask(1);
            int offlineCause = ask(2);
            int paperSensor = ask(4);
            return DleEotStatus.decode(printer, offlineCause, paperSensor);
        } catch (IOException e) {
            transport.close();
            throw new PrinterException(
                    "printer at " + transport.describe() + " is unreachable: " + e.getMessage(), null, e);
        }
    }

    @Override
    public synchronized void print(Receipt receipt) {
        PrinterStatus before = status();
        if (!before.canPrint()) {
            throw new PrinterException(
                    "printer at " + transport.describe() + " cannot print " + receipt.title() + ": " + describe(before),
                    before);
        }
        if (before.paperNearEnd()) {
            LOG.log(Level.WARNING, "printer at {0}: paper near end", transport.describe());
        }
        byte[] job = encoder.encode(receipt);
        try {
            transport.write(job);
        } catch (IOException e) {
            transport.close();
            throw new PrinterException(
                    "printer at " + transport.describe() + " lost the job " + receipt.title() + ": " + e.getMessage(),
                    null,
                    e);
        }
        PrinterStatus after = status();
        if (!after.canPrint()) {
            throw new PrinterException(
                    "printer at " + transport.describe() + " stopped during " + receipt.title() + ": "
                            + describe(after),
                    after);
        }
        LOG.log(Level.DEBUG, "printed {0} ({1} bytes) on {2}", receipt.title(), job.length, transport.describe());
    }

    @Override
    public synchronized void close() {
        transport.close();
    }

    private int ask(int function) throws IOException {
        transport.write(new EscPosWriter().statusRequest(function).toByteArray());
        int answer = transport.read(statusTimeout);
        if (answer < 0) {
            transport.close();
            throw new PrinterException(
                    "printer at " + transport.describe() + " did not answer DLE EOT " + function + " within "
                            + statusTimeout.toMillis() + " ms",
                    null);
        }
        if (!DleEotStatus.isAnswer(answer)) {
            transport.close();
            throw new PrinterException(
                    String.format(
                            "printer at %s answered DLE EOT %d with 0x%02X, not a status byte",
                            transport.describe(), function, answer),
                    null);
        }
        return answer;
    }

    /** Names the faults of a status in operator words. */
    static String describe(PrinterStatus status) {
        StringBuilder faults = new StringBuilder();
        if (status.paperOut()) {
            faults.append("paper out, ");
        }
        if (status.coverOpen()) {
            faults.append("cover open, ");
        }
        if (!status.online()) {
            faults.append("offline, ");
        }
        if (status.paperNearEnd()) {
            faults.append("paper near end, ");
        }
        return faults.length() == 0 ? "ready" : faults.substring(0, faults.length() - 2);
    }
}

package org.cleartrade.ports.printer;

import org.cleartrade.ports.DeviceException;

/** A print job could not be printed; {@link #status()} says why when the printer could tell. */
public class PrinterException extends DeviceException {
    private static final long serialVersionUID = 1L;

    private final transient PrinterStatus status;

    public PrinterException(String message, PrinterStatus status) {
        super(message);
        this.status = status;
    }

    public PrinterException(String message, PrinterStatus status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The last status read, or {@code null} when the printer did not answer. */
    public PrinterStatus status() {
        return status;
    }
}

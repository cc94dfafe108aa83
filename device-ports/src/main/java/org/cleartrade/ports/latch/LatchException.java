package org.cleartrade.ports.latch;

import org.cleartrade.ports.DeviceException;

/** The latch controller could not be reached, or refused a command. */
public class LatchException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public LatchException(String message) {
        super(message);
    }

    public LatchException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.cleartrade.ports.dock;

import org.cleartrade.ports.DeviceException;

/** The phone refused to start the erase; the message says what the phone reported. */
public class EraseRefusedException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public EraseRefusedException(String message) {
        super(message);
    }
}

package org.cleartrade.ports.dock;

import org.cleartrade.ports.DeviceException;

/** The phone was unplugged or stopped answering in the middle of a call. */
public class PhoneGoneException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public PhoneGoneException(String message) {
        super(message);
    }

    public PhoneGoneException(String message, Throwable cause) {
        super(message, cause);
    }
}

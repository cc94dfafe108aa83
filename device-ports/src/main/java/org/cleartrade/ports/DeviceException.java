package org.cleartrade.ports;

/**
 * A device did not do what it was asked. The message is written for the operator's log: it names
 * the device, what was asked and what happened. Subclasses say which device and carry its state.
 */
public class DeviceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}

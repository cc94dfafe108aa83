package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;

/**
 * lockdownd answered a request with {@code Error}. The error names are lockdownd's own; those the
 * dock acts on are constants here (pymobiledevice3 and libimobiledevice map the same names).
 */
public class LockdownException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The phone is locked with a passcode: the seller must unlock it before it can pair. */
    public static final String PASSWORD_PROTECTED = "PasswordProtected";
    /** "Trust This Computer?" is on the phone's screen and the seller has not answered yet. */
    public static final String PAIRING_DIALOG_PENDING = "PairingDialogResponsePending";
    /** The seller tapped "Don't Trust"; the phone asks again only after it is plugged in again. */
    public static final String USER_DENIED_PAIRING = "UserDeniedPairing";
    /** The phone does not know this host (never paired, or the pairing was erased). */
    public static final String INVALID_HOST_ID = "InvalidHostID";
    /** The value is not there, or not readable without a session. */
    public static final String MISSING_VALUE = "MissingValue";

    public static final String INVALID_SERVICE = "InvalidService";

    private final String error;
    private final String request;

    public LockdownException(String request, String error) {
        super("lockdownd refused " + request + ": " + error);
        this.request = request;
        this.error = error;
    }

    public String error() {
        return error;
    }

    public String request() {
        return request;
    }

    public boolean is(String name) {
        return error.equals(name);
    }
}

package org.cleartrade.core.operator;

/**
 * What a keyboard-wedge scanner or the operator typed when scanning a phone out: an IMEI (15
 * digits with a valid Luhn check digit), a serial number, or something refused. Scanner input is
 * untrusted: anything long, non-ASCII or with control characters inside is refused, never echoed.
 */
public sealed interface ScannedCode {

    int MAX_LENGTH = 64;

    record Imei(String digits) implements ScannedCode {}

    record Serial(String value) implements ScannedCode {}

    /** A refused scan; the operator screen words the reason in its own language. */
    record Unreadable(Reason reason) implements ScannedCode {}

    /** Why a scan was refused. */
    enum Reason {
        NOTHING_SCANNED(Notice.Kind.SCAN_UNREADABLE_NOTHING),
        TOO_LONG(Notice.Kind.SCAN_UNREADABLE_TOO_LONG),
        FOREIGN_CHARACTERS(Notice.Kind.SCAN_UNREADABLE_CHARACTERS),
        WRONG_CHECK_DIGIT(Notice.Kind.SCAN_UNREADABLE_CHECK_DIGIT);

        private final Notice.Kind notice;

        Reason(Notice.Kind notice) {
            this.notice = notice;
        }

        /** What the operator screen says about a scan refused for this reason. */
        public Notice.Kind notice() {
            return notice;
        }
    }

    /** The phone identifier as printed in the ledger, or empty for an unreadable code. */
    default String value() {
        if (this instanceof Imei imei) {
            return imei.digits();
        }
        return this instanceof Serial serial ? serial.value() : "";
    }

    static ScannedCode parse(String raw) {
        if (raw == null) {
            return new Unreadable(Reason.NOTHING_SCANNED);
        }
        if (raw.length() > MAX_LENGTH * 2) {
            return new Unreadable(Reason.TOO_LONG);
        }
        String code = raw.strip();
        if (code.isEmpty()) {
            return new Unreadable(Reason.NOTHING_SCANNED);
        }
        if (code.length() > MAX_LENGTH) {
            return new Unreadable(Reason.TOO_LONG);
        }
        if (!code.matches("[A-Za-z0-9]+")) {
            return new Unreadable(Reason.FOREIGN_CHARACTERS);
        }
        if (code.matches("[0-9]{15}")) {
            return luhnValid(code) ? new Imei(code) : new Unreadable(Reason.WRONG_CHECK_DIGIT);
        }
        return new Serial(code.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

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

    record Unreadable(String reason) implements ScannedCode {}

    /** The phone identifier as printed in the ledger, or empty for an unreadable code. */
    default String value() {
        if (this instanceof Imei imei) {
            return imei.digits();
        }
        return this instanceof Serial serial ? serial.value() : "";
    }

    static ScannedCode parse(String raw) {
        if (raw == null) {
            return new Unreadable("nothing was scanned");
        }
        if (raw.length() > MAX_LENGTH * 2) {
            return new Unreadable("the code is too long to be a phone's IMEI or serial");
        }
        String code = raw.strip();
        if (code.isEmpty()) {
            return new Unreadable("nothing was scanned");
        }
        if (code.length() > MAX_LENGTH) {
            return new Unreadable("the code is too long to be a phone's IMEI or serial");
        }
        if (!code.matches("[A-Za-z0-9]+")) {
            return new Unreadable("the code has characters no IMEI or serial has");
        }
        if (code.matches("[0-9]{15}")) {
            return luhnValid(code) ? new Imei(code) : new Unreadable("the IMEI's check digit is wrong: scan again");
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

package org.cleartrade.deviceio.dock.android;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an IMEI out of {@code service call iphonesubinfo ...} output, a hex dump of a binder
 * parcel:
 *
 * <pre>
 * Result: Parcel(
 *   0x00000000: 00000000 0000000f 00350033 00300035 '........3.5.5.0.'
 *   0x00000010: ...
 * </pre>
 *
 * Word 0 is the status (0 = no exception), word 1 the string length in UTF-16 units, then two
 * UTF-16 units per little-endian word. Anything else (a SecurityException parcel, another layout,
 * garbage) or a number failing the Luhn check gives no IMEI.
 */
public final class ImeiParcel {

    private static final Pattern DUMP_LINE = Pattern.compile("^\\s*0x[0-9a-fA-F]{8}:((?:\\s+[0-9a-fA-F]{8}){1,4})");

    private ImeiParcel() {}

    public static Optional<String> parse(String output) {
        if (!output.trim().startsWith("Result: Parcel(")) {
            return Optional.empty();
        }
        List<Long> words = new ArrayList<>();
        for (String line : output.split("\r?\n")) {
            Matcher m = DUMP_LINE.matcher(line.replace("Result: Parcel(", ""));
            if (m.find()) {
                for (String hex : m.group(1).trim().split("\\s+")) {
                    words.add(Long.parseLong(hex, 16));
                }
            }
        }
        if (words.size() < 2 || words.get(0) != 0) {
            return Optional.empty();
        }
        long length = words.get(1);
        if (length != 15 || words.size() < 2 + 8) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            long word = words.get(2 + i / 2);
            digits.append((char) (i % 2 == 0 ? word & 0xFFFF : (word >>> 16) & 0xFFFF));
        }
        String imei = digits.toString();
        return isValidImei(imei) ? Optional.of(imei) : Optional.empty();
    }

    /** Fifteen digits whose last one is the Luhn check digit of the first fourteen. */
    public static boolean isValidImei(String imei) {
        if (!imei.matches("\\d{15}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int d = imei.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

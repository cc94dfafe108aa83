package org.cleartrade.core.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the PDF417 payload of an AAMVA driver licence or ID card (AAMVA DL/ID Card Design
 * Standard, annex D).
 *
 * <pre>
 * "@" LF RS CR "ANSI " IIN(6) version(2) jurisdictionVersion(2) entries(2)
 *     { subfileType(2) offset(4) length(4) } x entries
 * "DL" DAQ... LF DCS... LF ... CR          (one subfile per designator, at its offset)
 * </pre>
 *
 * Version 1 has no jurisdiction version field. Keyboard-wedge scanners may turn the separators
 * into other control characters, so elements are found by their three-letter IDs between any of
 * LF, CR and RS rather than by offsets alone; the offsets and lengths serve {@link
 * #expectedLength} to tell when a wedge scan has fully arrived.
 */
public final class AamvaParser {

    private static final Pattern HEADER = Pattern.compile("(?:ANSI |AAMVA)(\\d{6})(\\d{2})(\\d{2})?(\\d{2})");
    private static final Pattern ELEMENT = Pattern.compile("^(?:DL|ID)?(D[A-Z]{2})(.*)$");
    private static final Pattern DESIGNATOR = Pattern.compile("(DL|ID|Z[A-Z])(\\d{4})(\\d{4})");
    private static final int MAX_LENGTH = 4096;

    private AamvaParser() {}

    public static AamvaRecord parse(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new AamvaFormatException("empty scan");
        }
        if (payload.length() > MAX_LENGTH) {
            throw new AamvaFormatException(
                    "scan is " + payload.length() + " characters; an AAMVA payload is far shorter");
        }
        Matcher header = HEADER.matcher(payload);
        if (!header.find() || header.start() > 8) {
            throw new AamvaFormatException("no AAMVA header (ANSI + issuer id) at the start of the scan");
        }
        int version = Integer.parseInt(header.group(2));
        Map<String, String> elements = new LinkedHashMap<>();
        String body = payload.substring(header.end());
        for (String line : body.split("[\\n\\r\\u001e]")) {
            Matcher m = ELEMENT.matcher(line);
            if (!m.matches()) {
                m = ELEMENT.matcher(subfileStart(line));
            }
            if (m.matches()) {
                elements.putIfAbsent(m.group(1), m.group(2).trim());
            }
        }
        if (elements.isEmpty()) {
            throw new AamvaFormatException("AAMVA header found but no data elements");
        }
        return new AamvaRecord(header.group(1), version, elements);
    }

    /**
     * The payload's full length as its header announces it, once enough of the header has arrived
     * to tell; empty before that or when the text is not AAMVA.
     */
    public static OptionalInt expectedLength(String partial) {
        Matcher header = HEADER.matcher(partial);
        if (!header.find() || header.start() > 8) {
            return OptionalInt.empty();
        }
        int entries = Integer.parseInt(header.group(4));
        if (entries < 1 || entries > 20) {
            return OptionalInt.empty();
        }
        Matcher d = DESIGNATOR.matcher(partial);
        int end = 0;
        int seen = 0;
        int from = header.end();
        while (seen < entries && d.find(from) && d.start() == from) {
            end = Math.max(end, Integer.parseInt(d.group(2)) + Integer.parseInt(d.group(3)));
            from = d.end();
            seen++;
        }
        return seen == entries ? OptionalInt.of(end) : OptionalInt.empty();
    }

    /** The first line of a subfile begins with its two-letter type, sometimes after designators. */
    private static String subfileStart(String line) {
        int dl = line.indexOf("DLD");
        int id = line.indexOf("IDD");
        int at = dl >= 0 ? dl : id;
        return at > 0 ? line.substring(at) : line;
    }
}

package org.cleartrade.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps an {@link AamvaRecord} to the field names the session uses ({@code birthDate} and {@code
 * expiry} as ISO dates, {@code documentNumber}, {@code familyName}, {@code givenNames}, {@code
 * address}, {@code issuer}). A field the card does not carry is absent, never empty.
 */
public final class IdFields {

    public static final String BIRTH_DATE = "birthDate";
    public static final String EXPIRY = "expiry";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String FAMILY_NAME = "familyName";
    public static final String GIVEN_NAMES = "givenNames";
    public static final String ADDRESS = "address";
    public static final String ISSUER = "issuer";

    private IdFields() {}

    public static Map<String, String> of(AamvaRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        date(record, "DBB").ifPresent(d -> fields.put(BIRTH_DATE, d.toString()));
        date(record, "DBA").ifPresent(d -> fields.put(EXPIRY, d.toString()));
        record.element("DAQ").ifPresent(v -> fields.put(DOCUMENT_NUMBER, v));
        record.element("DCS").or(() -> record.element("DAB")).ifPresent(v -> fields.put(FAMILY_NAME, v));
        String given = String.join(
                        " ",
                        record.element("DAC").or(() -> record.element("DCT")).orElse(""),
                        record.element("DAD").orElse(""))
                .trim();
        if (!given.isEmpty()) {
            fields.put(GIVEN_NAMES, given);
        }
        String address = String.join(
                        ", ",
                        record.element("DAG").orElse(""),
                        record.element("DAI").orElse(""),
                        record.element("DAJ").orElse(""),
                        record.element("DAK").orElse(""))
                .replaceAll("(, )+", ", ")
                .replaceAll("^, |, $", "");
        if (!address.isBlank()) {
            fields.put(ADDRESS, address);
        }
        fields.put(ISSUER, record.issuerId());
        return fields;
    }

    /**
     * AAMVA dates are MMDDCCYY on US cards and CCYYMMDD on Canadian and version-1 cards; the
     * country element (DCG) decides, and a value that only parses one way is taken that way.
     */
    static Optional<LocalDate> date(AamvaRecord record, String element) {
        Optional<String> raw = record.element(element).filter(v -> v.matches("\\d{8}"));
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v = raw.get();
        boolean yearFirst = record.version() == 1
                || record.element("DCG").map("CAN"::equals).orElse(false);
        Optional<LocalDate> preferred = yearFirst ? ymd(v) : mdy(v);
        return preferred.or(() -> yearFirst ? mdy(v) : ymd(v));
    }

    private static Optional<LocalDate> mdy(String v) {
        return at(v.substring(4, 8), v.substring(0, 2), v.substring(2, 4));
    }

    private static Optional<LocalDate> ymd(String v) {
        return at(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8));
    }

    private static Optional<LocalDate> at(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.parse(y + "-" + m + "-" + d));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

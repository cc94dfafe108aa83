package org.cleartrade.pricing.book;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small price books written inline, so each test shows the data it depends on. */
public final class TestBooks {

    private TestBooks() {}

    /** Joins lines with newlines and fields with tabs: write {@code "sku|x|128|1.00"}. */
    public static String text(String... lines) {
        return Stream.of(lines).map(line -> line.replace('|', '\t')).collect(Collectors.joining("\n", "", "\n"));
    }

    public static final String[] HEADER = {
        "cleartrade-price-book|1", "version|t1", "issued|2026-01-01T00:00:00Z", "currencies|USD|CNY|EUR|JPY"
    };

    /** Two models priced in four currencies; the Pixel 8 at 128 GB is 310.00 USD. */
    public static String small() {
        return text(concat(
                HEADER,
                "model|google-pixel-8|Google|Pixel 8|2023",
                "sku|google-pixel-8|128|310.00|2150.00|290.00|46000",
                "sku|google-pixel-8|256|350.00|2450.00|325.00|52000",
                "model|samsung-galaxy-s23|Samsung|Galaxy S23|2023",
                "alias|samsung-galaxy-s23|samsung|SM-S911*",
                "alias|samsung-galaxy-s23|samsung|SM-S9110",
                "sku|samsung-galaxy-s23|128|290.00|2000.00|270.00|43000",
                "model|samsung-galaxy-s23-plus|Samsung|Galaxy S23+|2023",
                "alias|samsung-galaxy-s23-plus|samsung|SM-S916*",
                "sku|samsung-galaxy-s23-plus|256|380.00|2600.00|350.00|56000"));
    }

    public static PriceBook smallBook() {
        try {
            return PriceBookParser.parse("test", small());
        } catch (PriceBookException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static String[] concat(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }
}

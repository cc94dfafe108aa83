package org.cleartrade.pricing.book;

import java.util.Locale;

/**
 * How manufacturer and model strings are compared: case-insensitive, surrounding space ignored and
 * inner runs of white space folded to one space. Phones report "samsung" and "Google" alike.
 */
final class ModelNames {

    private ModelNames() {}

    static String normalize(String text) {
        String trimmed = text.strip();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** One lookup key for a manufacturer and a model; the separator cannot occur in either. */
    static String key(String manufacturer, String model) {
        return normalize(manufacturer) + '\u0000' + normalize(model);
    }
}

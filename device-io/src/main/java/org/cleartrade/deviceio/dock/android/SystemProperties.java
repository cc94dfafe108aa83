package org.cleartrade.deviceio.dock.android;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code getprop}: one {@code [key]: [value]} line per property. Lines that do not
 * have that shape are ignored, so garbage yields no properties rather than wrong ones.
 */
public final class SystemProperties {

    private static final Pattern LINE = Pattern.compile("^\\[([^\\[\\]\\s]+)]: \\[(.*)]\\s*$");

    private final Map<String, String> values;

    private SystemProperties(Map<String, String> values) {
        this.values = values;
    }

    public static SystemProperties parse(String getpropOutput) {
        Map<String, String> values = new TreeMap<>();
        for (String line : getpropOutput.split("\r?\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), m.group(2));
            }
        }
        return new SystemProperties(values);
    }

    /** The value, or empty when the property is missing or blank. */
    public Optional<String> get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The first of {@code keys} that has a value. */
    public Optional<String> first(String... keys) {
        for (String key : keys) {
            Optional<String> value = get(key);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    public int size() {
        return values.size();
    }

    /** Formats properties the way {@code getprop} prints them. */
    public static String format(Map<String, String> properties) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(properties)
                .forEach((k, v) ->
                        out.append('[').append(k).append("]: [").append(v).append("]\n"));
        return out.toString();
    }
}

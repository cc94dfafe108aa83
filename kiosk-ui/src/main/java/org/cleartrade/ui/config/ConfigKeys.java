package org.cleartrade.ui.config;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The keys of one configuration file, and a record of which of them the parser asked for. A key
 * in the file that no reader asked for is unknown: that one rule covers typos in every section,
 * the fleet service's own keys included, and keeps the documented list honest (a test compares
 * the keys read with docs/configuration.md).
 */
final class ConfigKeys {

    private final Map<String, String> values = new TreeMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    ConfigKeys(Properties p) {
        for (String key : p.stringPropertyNames()) {
            values.put(key, p.getProperty(key));
        }
    }

    /** The trimmed value of a key, or null when it is absent or blank; records that it was read. */
    String get(String key) {
        asked.add(key);
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Whether any key starts with the prefix (without recording a read). */
    boolean anyStartingWith(String prefix) {
        return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** A read-only map view for readers that take a map; each {@code get} is recorded. */
    Map<String, String> asMap() {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                String k = String.valueOf(key);
                asked.add(k);
                String v = values.get(k);
                return v == null ? null : v.trim();
            }

            @Override
            public Set<Map.Entry<String, String>> entrySet() {
                return Collections.unmodifiableMap(values).entrySet();
            }
        };
    }

    /** Every key read so far, in the order first read. */
    Set<String> asked() {
        return Collections.unmodifiableSet(asked);
    }

    /** Keys present in the file that nothing read, sorted. */
    Set<String> unread() {
        Set<String> unread = new TreeSet<>(values.keySet());
        unread.removeAll(asked);
        return unread;
    }
}

package org.cleartrade.core.session;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@code key=value} lines of {@link SnapshotCodec}: writing with escapes, and validated reading. */
final class SnapshotLines {

    private final StringBuilder out = new StringBuilder(2048);
    private final Map<String, String> in;

    SnapshotLines() {
        this.in = Map.of();
    }

    private SnapshotLines(Map<String, String> in) {
        this.in = in;
    }

    // ---- writing ----

    void put(String key, Object value) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> put(key, v));
            return;
        }
        if (value instanceof OptionalInt optional) {
            optional.ifPresent(v -> put(key, v));
            return;
        }
        out.append(key).append('=').append(escape(String.valueOf(value))).append('\n');
    }

    String text() {
        return out.toString();
    }

    private static String escape(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String key, String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            String code = i + 3 <= value.length() ? value.substring(i + 1, i + 3) : "";
            switch (code) {
                case "25" -> b.append('%');
                case "0A" -> b.append('\n');
                case "0D" -> b.append('\r');
                default -> throw bad(key, "has a bad escape at " + i);
            }
            i += 2;
        }
        return b.toString();
    }

    // ---- reading ----

    static SnapshotLines parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("snapshot is empty");
        }
        Map<String, String> map = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("snapshot line " + lineNo + " is not key=value");
            }
            String key = line.substring(0, eq);
            if (map.put(key, unescape(key, line.substring(eq + 1))) != null) {
                throw bad(key, "appears twice");
            }
        }
        return new SnapshotLines(map);
    }

    boolean has(String key) {
        return in.containsKey(key);
    }

    String string(String key) {
        String value = in.get(key);
        if (value == null) {
            throw bad(key, "is missing");
        }
        return value;
    }

    Optional<String> optionalString(String key) {
        return Optional.ofNullable(in.get(key));
    }

    long number(String key) {
        String value = string(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(key, "is not a number: '" + value + "'");
        }
    }

    int integer(String key) {
        long n = number(key);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw bad(key, "is out of range: " + n);
        }
        return (int) n;
    }

    OptionalInt optionalInt(String key) {
        return has(key) ? OptionalInt.of(integer(key)) : OptionalInt.empty();
    }

    boolean bool(String key) {
        String value = string(key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(key, "is not true or false: '" + value + "'");
        };
    }

    Instant instant(String key) {
        String value = string(key);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(key, "is not an ISO-8601 instant: '" + value + "'");
        }
    }

    Optional<Instant> optionalInstant(String key) {
        return has(key) ? Optional.of(instant(key)) : Optional.empty();
    }

    <E extends Enum<E>> E enumeration(String key, Class<E> type) {
        String value = string(key);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw bad(key, "is not a " + type.getSimpleName() + ": '" + value + "'");
        }
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return has(key) ? Optional.of(enumeration(key, type)) : Optional.empty();
    }

    static IllegalArgumentException bad(String key, String problem) {
        return new IllegalArgumentException("snapshot key " + key + " " + problem);
    }
}

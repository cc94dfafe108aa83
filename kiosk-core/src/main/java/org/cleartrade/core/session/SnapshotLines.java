package org.cleartrade.core.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code key=value} lines of {@code cleartrade-session/1}, the journal format of every
 * ledger written before the journal became JSON. Nothing writes it any more; it is read for as long
 * as such a ledger may be opened, which is forever.
 *
 * <p>Wire format: UTF-8 lines {@code key=value}, the first being {@code
 * format=cleartrade-session/1}. Values escape {@code %} as {@code %25}, line feed as {@code %0A} and
 * carriage return as {@code %0D}; nothing else is escaped. Every value is text. A list {@code x}
 * has its size under {@code x.count} and its elements under {@code x.0.field}, {@code x.1.field};
 * the failed bins are one comma-separated value.
 */
final class SnapshotLines implements SnapshotFields {

    private final Map<String, String> in;

    private SnapshotLines(Map<String, String> in) {
        this.in = in;
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
                default -> throw SnapshotFields.bad(key, "has a bad escape at " + i);
            }
            i += 2;
        }
        return b.toString();
    }

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
                throw SnapshotFields.bad(key, "appears twice");
            }
        }
        return new SnapshotLines(map);
    }

    @Override
    public boolean has(String key) {
        return in.containsKey(key);
    }

    @Override
    public String string(String key) {
        String value = in.get(key);
        if (value == null) {
            throw SnapshotFields.bad(key, "is missing");
        }
        return value;
    }

    @Override
    public long number(String key) {
        String value = string(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw SnapshotFields.bad(key, "is not a number: '" + value + "'");
        }
    }

    @Override
    public boolean bool(String key) {
        String value = string(key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw SnapshotFields.bad(key, "is not true or false: '" + value + "'");
        };
    }

    @Override
    public int count(String list) {
        return integer(list + ".count");
    }

    @Override
    public List<Integer> integers(String key) {
        List<Integer> values = new ArrayList<>();
        for (String value : string(key).split(",")) {
            if (!value.isEmpty()) {
                try {
                    values.add(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw SnapshotFields.bad(key, "holds '" + value + "', not a whole number");
                }
            }
        }
        return values;
    }
}

package org.cleartrade.core.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.json.CompactJson;

/**
 * Writes the JSON object of {@code cleartrade-session/2} by dotted key: {@code put("erase.ack.at",
 * at)} puts {@code at} into the member {@code ack} of the member {@code erase}, creating objects on
 * the way, in the order first put. An absent optional puts nothing; numbers and booleans stay JSON
 * numbers and booleans; enums are written by name and instants as ISO-8601 UTC text.
 */
final class SnapshotJson {

    private final ObjectNode node;

    private SnapshotJson(ObjectNode node) {
        this.node = node;
    }

    static SnapshotJson document() {
        return new SnapshotJson(CompactJson.object());
    }

    void put(String key, Object value) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> put(key, v));
            return;
        }
        if (value instanceof OptionalInt optional) {
            optional.ifPresent(v -> put(key, v));
            return;
        }
        int dot = key.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? node : objectAt(key.substring(0, dot));
        String name = key.substring(dot + 1);
        if (value instanceof Long n) {
            parent.put(name, n);
        } else if (value instanceof Integer n) {
            parent.put(name, n);
        } else if (value instanceof Boolean b) {
            parent.put(name, b);
        } else if (value instanceof Enum<?> e) {
            parent.put(name, e.name());
        } else if (value instanceof String || value instanceof Instant) {
            parent.put(name, value.toString());
        } else {
            throw new IllegalArgumentException("snapshot key " + key + " has no JSON form: " + value.getClass());
        }
    }

    /** Puts a list of whole numbers, in the order given. */
    void putIntegers(String key, Collection<Integer> values) {
        ArrayNode array = list(key);
        values.forEach(array::add);
    }

    /** Puts an empty list under {@code key}, so that a list with no elements is written as {@code []}. */
    ArrayNode list(String key) {
        int dot = key.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? node : objectAt(key.substring(0, dot));
        return parent.putArray(key.substring(dot + 1));
    }

    /** A writer for a new object appended to the list under {@code key}, put with {@link #list}. */
    static SnapshotJson element(ArrayNode list) {
        return new SnapshotJson(list.addObject());
    }

    String text() {
        return CompactJson.text(node);
    }

    private ObjectNode objectAt(String path) {
        ObjectNode at = node;
        for (String step : path.split("\\.")) {
            at = at.has(step) ? (ObjectNode) at.get(step) : at.putObject(step);
        }
        return at;
    }
}

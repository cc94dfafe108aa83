package org.cleartrade.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.json.CompactJson;

/**
 * Reads the JSON of {@code cleartrade-session/2} (docs/formats.md): one object whose members nest
 * as the dotted keys of {@link SnapshotFields} do, lists as arrays, numbers and booleans as JSON
 * numbers and booleans. A member that is absent or {@code null} is an absent optional; a member of
 * the wrong JSON type is refused by name.
 */
final class SnapshotJsonFields implements SnapshotFields {

    private final JsonNode root;

    private SnapshotJsonFields(JsonNode root) {
        this.root = root;
    }

    static SnapshotJsonFields parse(String text) {
        JsonNode root;
        try {
            root = CompactJson.read(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("snapshot is " + e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("snapshot is not a JSON object");
        }
        return new SnapshotJsonFields(root);
    }

    /** The value at a dotted path, or null when any step of it is absent. */
    private JsonNode at(String key) {
        JsonNode node = root;
        for (String step : key.split("\\.")) {
            if (node.isArray() && step.chars().allMatch(Character::isDigit)) {
                node = node.get(Integer.parseInt(step));
            } else if (node.isObject()) {
                node = node.get(step);
            } else {
                return null;
            }
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    private JsonNode required(String key) {
        JsonNode node = at(key);
        if (node == null) {
            throw SnapshotFields.bad(key, "is missing");
        }
        return node;
    }

    @Override
    public boolean has(String key) {
        return at(key) != null;
    }

    @Override
    public String string(String key) {
        JsonNode node = required(key);
        if (!node.isTextual()) {
            throw SnapshotFields.bad(key, "is not a string: " + node);
        }
        return node.textValue();
    }

    @Override
    public long number(String key) {
        JsonNode node = required(key);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw SnapshotFields.bad(key, "is not a whole number: " + node);
        }
        return node.longValue();
    }

    @Override
    public boolean bool(String key) {
        JsonNode node = required(key);
        if (!node.isBoolean()) {
            throw SnapshotFields.bad(key, "is not true or false: " + node);
        }
        return node.booleanValue();
    }

    @Override
    public int count(String list) {
        JsonNode node = required(list);
        if (!node.isArray()) {
            throw SnapshotFields.bad(list, "is not a list: " + node);
        }
        return node.size();
    }

    @Override
    public List<Integer> integers(String key) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < count(key); i++) {
            values.add(integer(key + "." + i));
        }
        return values;
    }
}

package org.cleartrade.core.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of docs/formats.md, written and read with Jackson: UTF-8 text on one line, no
 * spaces, members in the order they were put, strings escaped as {@link Escapes} says. Journal snapshots, outbox documents and exports all go through here, so that what the
 * kiosk writes is byte for byte what their golden files pin.
 *
 * <p>Values are only strings, whole numbers, booleans, null, lists and maps with string keys; an
 * enum is written by its name and an instant as ISO-8601 UTC text. Anything else is a mistake in
 * the caller and an {@link IllegalArgumentException}, never a bean walked by reflection.
 *
 * <p>Reading refuses a repeated member and anything after the value. Thread-safe.
 */
public final class CompactJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new Escapes())
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * The escapes every document has been written with since version 1 of the outbox: quote,
     * backslash, {@code \n \r \t}, every other control character as <code>&#92;u00xx</code> (lower-case
     * hex), and U+2028 and U+2029, which older JavaScript takes as line ends inside a string literal.
     * Kept so that the same value is the same bytes in every version.
     */
    private static final class Escapes extends CharacterEscapes {
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        Escapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['\b'] = ESCAPE_STANDARD;
            ascii['\f'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }

    private CompactJson() {}

    /** The compact text of {@code value}: a map, list, string, whole number, boolean or null. */
    public static String write(Object value) {
        return text(node(value));
    }

    /** The compact text of a tree built with {@link #object()}. */
    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree in memory could not be written: " + e.getMessage(), e);
        }
    }

    /** An empty object whose members keep the order they are put in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Parses one JSON value.
     *
     * @throws IllegalArgumentException when the text is not exactly one JSON value, or repeats a
     *     member of an object
     */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        } else if (value instanceof String s) {
            return f.textNode(s);
        } else if (value instanceof Long n) {
            return f.numberNode(n);
        } else if (value instanceof Integer n) {
            return f.numberNode(n);
        } else if (value instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (value instanceof Enum<?> e) {
            return f.textNode(e.name());
        } else if (value instanceof Instant instant) {
            return f.textNode(instant.toString());
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = f.objectNode();
            map.forEach((name, member) -> object.set(String.valueOf(name), node(member)));
            return object;
        } else if (value instanceof List<?> list) {
            ArrayNode array = f.arrayNode();
            list.forEach(item -> array.add(node(item)));
            return array;
        }
        throw new IllegalArgumentException(
                "no JSON form for a " + value.getClass().getName());
    }
}

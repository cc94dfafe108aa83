package org.cleartrade.fleet.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reading request bodies and their members, each failure a 400 that names the member. The fleet
 * reads JSON through Jackson's tree model, so what it accepts is exactly what it checks.
 */
public final class JsonBodies {

    public static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {}

    /** The body as a JSON object, or 400 {@code MALFORMED_JSON}. */
    public static ObjectNode object(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("MALFORMED_JSON", "the body must be a JSON object");
        }
        return (ObjectNode) root;
    }

    public static String text(JsonNode node, String member, int maxLength) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" must be a non-empty string");
        }
        if (value.textValue().length() > maxLength) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" is longer than " + maxLength);
        }
        return value.textValue();
    }

    /** A string member or JSON null. */
    public static String optionalText(JsonNode node, String member, int maxLength) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        return text(node, member, maxLength);
    }

    public static long whole(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" must be a whole number");
        }
        return value.longValue();
    }

    /** A whole-number member or JSON null. */
    public static Integer optionalInt(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt()) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" must be a whole number or null");
        }
        return value.intValue();
    }

    public static boolean bool(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isBoolean()) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" must be true or false");
        }
        return value.booleanValue();
    }

    public static Instant instant(JsonNode node, String member) {
        String text = text(node, member, 40);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" is not an ISO-8601 instant: " + text);
        }
    }

    /** An instant member or JSON null. */
    public static Instant optionalInstant(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : instant(node, member);
    }
}

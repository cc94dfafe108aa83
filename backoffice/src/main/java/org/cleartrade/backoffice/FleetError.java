package org.cleartrade.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The fleet service's error answer, {@code {"error":"CODE","message":"..."}}, in words for a log
 * line: {@code CODE: message}, or the first 200 characters of a body that is not one.
 */
public final class FleetError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FleetError() {}

    public static String of(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.hasNonNull("error")) {
                return root.get("error").asText() + ": " + root.path("message").asText("");
            }
        } catch (IOException e) {
            // Not JSON: shown as text below.
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}

package org.cleartrade.backoffice.blocklist;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.core.backoffice.BlockList;

/**
 * Asks the fleet service whether an IMEI is reported lost or stolen.
 *
 * <p>Wire format: {@code POST v1/imei-checks} with {@code {"imei":"356938035643809"}} (in the body,
 * so the number never lands in an access log as a URL). The answer is {@code 200} with {@code
 * {"status":"clear"}} or {@code {"status":"blocked","reason":"reported stolen"}}. Anything else — a
 * timeout, a refused connection, another status code, a body that is not such JSON — is {@link
 * BlockList.Answer.Unreachable}: the jurisdiction profile decides what that means for the trade.
 *
 * <p>The IMEI is personal data: it is logged only as its last four digits.
 *
 * <p>Threading: safe for concurrent use; {@link #check} blocks for at most the configured timeout.
 */
public final class HttpBlockList implements BlockList {

    private static final System.Logger LOG = System.getLogger(HttpBlockList.class.getName());
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final long MAX_ANSWER_BYTES = 16 * 1024;

    private final FleetEndpoint endpoint;
    private final ObjectMapper json = new ObjectMapper();

    /** @param timeout for the whole exchange; a seller is waiting */
    public HttpBlockList(FleetEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint.withCallTimeout(timeout);
    }

    /** @throws IllegalArgumentException when {@code imei} is not 15 digits; it is never sent then */
    @Override
    public Answer check(String imei) {
        if (imei == null || !imei.matches("\\d{15}")) {
            throw new IllegalArgumentException("an IMEI has 15 digits");
        }
        String body = json.createObjectNode().put("imei", imei).toString();
        Request request = new Request.Builder()
                .url(endpoint.url("v1/imei-checks"))
                .post(RequestBody.create(body, JSON_TYPE))
                .build();
        try (Response response = endpoint.call(request)) {
            if (response.code() != 200) {
                return unreachable(imei, "HTTP " + response.code());
            }
            return answer(imei, FleetEndpoint.readBounded(response, MAX_ANSWER_BYTES));
        } catch (IOException e) {
            return unreachable(imei, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Answer answer(String imei, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return unreachable(imei, "answer is not JSON");
        } catch (IOException e) {
            return unreachable(imei, "answer unreadable: " + e.getMessage());
        }
        String status = root == null ? "" : root.path("status").asText("");
        switch (status) {
            case "clear":
                return new Answer.Clear();
            case "blocked":
                String reason = root.path("reason").asText("").strip();
                LOG.log(Level.INFO, "IMEI ...{0} is blocked: {1}", lastFour(imei), reason);
                return new Answer.Blocked(reason.isEmpty() ? "reported lost or stolen" : reason);
            default:
                return unreachable(imei, "answer has no known status: " + truncate(root));
        }
    }

    private static Answer unreachable(String imei, String detail) {
        LOG.log(Level.WARNING, "block list not reached for IMEI ...{0}: {1}", lastFour(imei), detail);
        return new Answer.Unreachable(detail);
    }

    private static String lastFour(String imei) {
        return imei.substring(imei.length() - 4);
    }

    private static String truncate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}

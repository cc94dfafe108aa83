package org.cleartrade.backoffice.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.OutboxMessage;

/**
 * Sends the ledger's outbox to the fleet service, oldest first, one batch per call.
 *
 * <p>Wire format: {@code POST v1/outbox} with
 *
 * <pre>
 * {"kioskId":"k-17","messages":[{"id":41,"topic":"trade","payload":"...","createdAt":"2026-11-23T10:00:00Z"}]}
 * </pre>
 *
 * answered by {@code 200 {"accepted":[41]}}. Only ids the back office names are marked sent, so a
 * message it did not take is offered again next time; the back office de-duplicates by kiosk and id.
 *
 * <p>Threading: one caller at a time (a periodic task).
 */
public final class HttpOutboxUploader {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final long MAX_ANSWER_BYTES = 1024 * 1024;

    private final FleetEndpoint endpoint;
    private final Ledger ledger;
    private final String kioskId;
    private final int batchSize;
    private final ObjectMapper json = new ObjectMapper();

    public HttpOutboxUploader(FleetEndpoint endpoint, Ledger ledger, String kioskId, int batchSize) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("outbox batch size must be 1 to 1000, was " + batchSize);
        }
        this.endpoint = endpoint;
        this.ledger = ledger;
        this.kioskId = kioskId;
        this.batchSize = batchSize;
    }

    /**
     * Sends one batch of pending messages.
     *
     * @return how many the back office accepted (0 when nothing was pending)
     * @throws IOException when the back office cannot be reached or answers wrongly; nothing is
     *     marked sent then
     */
    public int uploadBatch() throws IOException {
        List<OutboxMessage> pending = ledger.pendingOutbox(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        Request request = new Request.Builder()
                .url(endpoint.url("v1/outbox"))
                .post(RequestBody.create(json.writeValueAsBytes(batch(pending)), JSON_TYPE))
                .build();
        List<Long> accepted;
        try (Response response = endpoint.call(request)) {
            if (response.code() != 200) {
                throw new IOException("outbox upload answered HTTP " + response.code());
            }
            accepted = accepted(json.readTree(FleetEndpoint.readBounded(response, MAX_ANSWER_BYTES)), pending);
        }
        if (!accepted.isEmpty()) {
            ledger.markSent(accepted);
        }
        return accepted.size();
    }

    private ObjectNode batch(List<OutboxMessage> pending) {
        ObjectNode root = json.createObjectNode().put("kioskId", kioskId);
        ArrayNode messages = root.putArray("messages");
        for (OutboxMessage message : pending) {
            messages.addObject()
                    .put("id", message.id())
                    .put("topic", message.topic())
                    .put("payload", message.payload())
                    .put("createdAt", message.createdAt().toString());
        }
        return root;
    }

    private static List<Long> accepted(JsonNode answer, List<OutboxMessage> pending) throws IOException {
        JsonNode ids = answer == null ? null : answer.get("accepted");
        if (ids == null || !ids.isArray()) {
            throw new IOException("outbox answer has no \"accepted\" list");
        }
        Set<Long> sent = pending.stream().map(OutboxMessage::id).collect(Collectors.toSet());
        List<Long> accepted = new ArrayList<>();
        for (JsonNode id : ids) {
            if (id.canConvertToLong() && sent.contains(id.asLong())) {
                accepted.add(id.asLong());
            }
        }
        return accepted;
    }
}

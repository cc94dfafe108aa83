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
import org.cleartrade.backoffice.FleetError;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.OutboxMessage;

/**
 * Sends the ledger's outbox to the fleet service, in sequence order, one batch per call.
 *
 * <p>Wire format: {@code POST v1/outbox} (signed, see {@code wire.RequestSignature}) with
 *
 * <pre>
 * {"kioskId":"k-17","documents":[
 *   {"seq":41,"createdAt":"2026-11-23T10:00:00Z","document":{"type":"trade","version":1,...}}]}
 * </pre>
 *
 * answered by {@code 200 {"accepted":[41],"highWater":41}}: the fleet stores each (kiosk, seq) once
 * and in order, and names every sequence number it holds, including ones it had stored before (a
 * batch sent again after a lost answer). Only those are marked sent; anything else is offered again
 * next time. Any other answer is an {@link IOException} carrying the fleet's error code and message
 * (for example {@code GAP} when the fleet expects an earlier sequence number), and nothing is
 * marked.
 *
 * <p>A batch holds at most {@code batchSize} documents and, past the first, at most {@value
 * #MAX_BATCH_BYTES} bytes of documents, under the fleet's request limit.
 *
 * <p>Threading: one caller at a time (a periodic task).
 */
public final class HttpOutboxUploader {

    static final int MAX_BATCH_BYTES = 512 * 1024;
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
     * Sends one batch of pending documents.
     *
     * @return how many the fleet holds now of those sent (0 when nothing was pending)
     * @throws IOException when the fleet cannot be reached or refuses the batch; nothing is marked
     *     sent then
     */
    public int uploadBatch() throws IOException {
        List<OutboxMessage> pending = ledger.pendingOutbox(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<OutboxMessage> batch = bounded(pending);
        Request request = new Request.Builder()
                .url(endpoint.url("v1/outbox"))
                .post(RequestBody.create(json.writeValueAsBytes(body(batch)), JSON_TYPE))
                .build();
        List<Long> accepted;
        try (Response response = endpoint.call(request)) {
            byte[] answer = FleetEndpoint.readBounded(response, MAX_ANSWER_BYTES);
            if (response.code() != 200) {
                throw new IOException("outbox upload refused: HTTP " + response.code() + " " + FleetError.of(answer));
            }
            accepted = accepted(json.readTree(answer), batch);
        }
        if (!accepted.isEmpty()) {
            ledger.markSent(accepted);
        }
        return accepted.size();
    }

    private List<OutboxMessage> bounded(List<OutboxMessage> pending) {
        List<OutboxMessage> batch = new ArrayList<>();
        long bytes = 0;
        for (OutboxMessage message : pending) {
            bytes += message.document().length();
            if (!batch.isEmpty() && bytes > MAX_BATCH_BYTES) {
                break;
            }
            batch.add(message);
        }
        return batch;
    }

    private ObjectNode body(List<OutboxMessage> batch) throws IOException {
        ObjectNode root = json.createObjectNode().put("kioskId", kioskId);
        ArrayNode documents = root.putArray("documents");
        for (OutboxMessage message : batch) {
            documents
                    .addObject()
                    .put("seq", message.seq())
                    .put("createdAt", message.createdAt().toString())
                    .set("document", json.readTree(message.document()));
        }
        return root;
    }

    private static List<Long> accepted(JsonNode answer, List<OutboxMessage> batch) throws IOException {
        JsonNode ids = answer == null ? null : answer.get("accepted");
        if (ids == null || !ids.isArray()) {
            throw new IOException("outbox answer has no \"accepted\" list");
        }
        Set<Long> sent = batch.stream().map(OutboxMessage::seq).collect(Collectors.toSet());
        List<Long> accepted = new ArrayList<>();
        for (JsonNode id : ids) {
            if (id.canConvertToLong() && sent.contains(id.asLong())) {
                accepted.add(id.asLong());
            }
        }
        return accepted;
    }
}

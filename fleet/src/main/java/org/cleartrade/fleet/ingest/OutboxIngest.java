package org.cleartrade.fleet.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.http.JsonBodies;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores a kiosk's outbox documents exactly once and in order, however often and by whichever
 * instance they arrive.
 *
 * <ol>
 *   <li>Every document of the batch is read and checked ({@link DocumentReader}) before anything
 *       is stored; one bad document refuses the whole batch with an error naming it.
 *   <li>In one transaction the kiosk's row is locked ({@code SELECT ... FOR UPDATE}), so batches of
 *       one kiosk are stored one after the other even when two instances receive them at once.
 *   <li>A document numbered at or below the kiosk's high-water mark was stored before: it is
 *       acknowledged again if it is the same document, refused ({@code CONFLICT}) if it is not.
 *   <li>The others must continue the high-water mark without a gap ({@code GAP} otherwise, with
 *       the number expected); each is stored with what it says ({@link Projection}), and the mark
 *       moves on. The commit is the acknowledgement: nothing is acknowledged that is not stored.
 * </ol>
 *
 * <p>Threading: safe for concurrent use.
 */
public final class OutboxIngest {

    public static final int MAX_DOCUMENTS = 1000;

    private final Jdbi jdbi;
    private final Clock clock;

    public OutboxIngest(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the fleet holds after a batch: every sequence number of it, and the kiosk's high-water mark. */
    public record Stored(List<Long> accepted, long highWater) {}

    private record Incoming(long seq, Instant createdAt, JsonNode document, String json, Projection projection) {}

    public Stored ingest(String kioskId, ObjectNode batch) {
        String claimed = JsonBodies.text(batch, "kioskId", 64);
        if (!claimed.equals(kioskId)) {
            throw new ApiException(
                    403, "KIOSK_MISMATCH", "the batch says kiosk " + claimed + " but is signed by " + kioskId);
        }
        List<Incoming> incoming = read(batch);
        return jdbi.inTransaction(handle -> {
            long highWater = handle.createQuery("SELECT high_water FROM kiosks WHERE kiosk_id = :kiosk FOR UPDATE")
                    .bind("kiosk", kioskId)
                    .mapTo(Long.class)
                    .one();
            List<Long> accepted = new ArrayList<>();
            long next = highWater + 1;
            Instant now = clock.instant();
            for (Incoming document : incoming) {
                String json = document.json();
                if (document.seq() <= highWater) {
                    boolean same = handle.createQuery("SELECT document = CAST(:json AS jsonb) FROM outbox_documents"
                                    + " WHERE kiosk_id = :kiosk AND seq = :seq")
                            .bind("json", json)
                            .bind("kiosk", kioskId)
                            .bind("seq", document.seq())
                            .mapTo(Boolean.class)
                            .one();
                    if (!same) {
                        throw new ApiException(
                                409,
                                "CONFLICT",
                                "document " + document.seq()
                                        + " differs from the document " + document.seq() + " stored before; a sequence"
                                        + " number names one document forever");
                    }
                } else if (document.seq() != next) {
                    throw new ApiException(
                            409,
                            "GAP",
                            "expected document " + next + " next, got " + document.seq()
                                    + "; documents are stored in order without gaps",
                            Map.of("expectedSeq", next));
                } else {
                    handle.createUpdate("INSERT INTO outbox_documents (kiosk_id, seq, doc_type, doc_version,"
                                    + " created_at, received_at, sha256, document) VALUES (:kiosk, :seq, :type,"
                                    + " :version, :created, :now, :sha, CAST(:json AS jsonb))")
                            .bind("kiosk", kioskId)
                            .bind("seq", document.seq())
                            .bind("type", document.document().get("type").asText())
                            .bind("version", document.document().get("version").asInt())
                            .bind("created", document.createdAt())
                            .bind("now", now)
                            .bind(
                                    "sha",
                                    RequestSignature.sha256Hex(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .bind("json", json)
                            .execute();
                    document.projection().apply(handle, kioskId, document.seq());
                    next++;
                }
                accepted.add(document.seq());
            }
            handle.createUpdate("UPDATE kiosks SET high_water = :mark, last_contact_at = :now WHERE kiosk_id = :kiosk")
                    .bind("mark", next - 1)
                    .bind("now", now)
                    .bind("kiosk", kioskId)
                    .execute();
            return new Stored(accepted, next - 1);
        });
    }

    private static List<Incoming> read(ObjectNode batch) {
        JsonNode documents = batch.get("documents");
        if (documents == null || !documents.isArray() || documents.isEmpty()) {
            throw ApiException.badRequest("BAD_FIELD", "\"documents\" must be a non-empty array");
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new ApiException(
                    413,
                    "TOO_MANY_DOCUMENTS",
                    "a batch holds at most " + MAX_DOCUMENTS + " documents, this one " + documents.size());
        }
        List<Incoming> incoming = new ArrayList<>();
        for (JsonNode entry : documents) {
            if (!entry.isObject()) {
                throw ApiException.badRequest("BAD_FIELD", "each of \"documents\" must be an object");
            }
            long seq = JsonBodies.whole(entry, "seq");
            if (seq < 1) {
                throw ApiException.badRequest("BAD_FIELD", "\"seq\" starts at 1, was " + seq);
            }
            Instant created = JsonBodies.instant(entry, "createdAt");
            JsonNode document = entry.get("document");
            Projection projection = DocumentReader.read(seq, document);
            incoming.add(new Incoming(seq, created, document, document.toString(), projection));
        }
        incoming.sort(Comparator.comparingLong(Incoming::seq));
        for (int i = 1; i < incoming.size(); i++) {
            if (incoming.get(i).seq() == incoming.get(i - 1).seq()) {
                throw ApiException.badRequest(
                        "BAD_FIELD", "document " + incoming.get(i).seq() + " is in the batch twice");
            }
        }
        return incoming;
    }
}

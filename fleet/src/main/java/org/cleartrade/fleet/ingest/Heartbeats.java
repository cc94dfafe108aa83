package org.cleartrade.fleet.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.http.JsonBodies;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps each kiosk's last heartbeat ({@code heartbeat} document, version 1): when the fleet heard
 * it, and what it said (the price book it quotes from, and whatever later versions add).
 */
public final class Heartbeats {

    private final Jdbi jdbi;
    private final Clock clock;

    public Heartbeats(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Instant record(String kioskId, ObjectNode heartbeat) {
        if (!"heartbeat".equals(heartbeat.path("type").asText())
                || heartbeat.path("version").asInt() != 1) {
            throw new ApiException(422, "UNSUPPORTED_VERSION", "expected a heartbeat document, version 1");
        }
        String claimed = JsonBodies.text(heartbeat, "kioskId", 64);
        if (!claimed.equals(kioskId)) {
            throw new ApiException(
                    403, "KIOSK_MISMATCH", "the heartbeat says kiosk " + claimed + " but is signed by " + kioskId);
        }
        JsonBodies.instant(heartbeat, "at");
        if (!heartbeat.path("priceBook").isObject()) {
            throw ApiException.badRequest("BAD_DOCUMENT", "a heartbeat names its \"priceBook\"");
        }
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("UPDATE kiosks SET last_heartbeat_at = :now, last_contact_at = :now,"
                        + " last_heartbeat = CAST(:json AS jsonb) WHERE kiosk_id = :kiosk")
                .bind("now", now)
                .bind("json", heartbeat.toString())
                .bind("kiosk", kioskId)
                .execute());
        return now;
    }
}

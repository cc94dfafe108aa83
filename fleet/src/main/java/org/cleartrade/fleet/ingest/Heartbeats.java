package org.cleartrade.fleet.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.http.JsonBodies;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps each kiosk's last heartbeat ({@code heartbeat} document, version 1): when the fleet heard
 * it, and what it said (the price book it quotes from, and whatever later versions add). A
 * heartbeat's ledger high-water mark ({@code ledgerMark}, optional) is kept beside it; one that went
 * back from the previous report ({@link ReportedLedgerMark#wentBackFrom}) is recorded as the
 * kiosk's ledger problem, with when it was seen; it stays (the last such event wins), because the
 * documents the kiosk lost with it are what staff must look for.
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
        Optional<ReportedLedgerMark> mark = ledgerMark(heartbeat);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            Optional<ReportedLedgerMark> previous = h.createQuery("SELECT ledger_id, ledger_journal_entries,"
                            + " ledger_audit_links, ledger_audit_head FROM kiosks WHERE kiosk_id = :kiosk FOR UPDATE")
                    .bind("kiosk", kioskId)
                    .map((rs, ctx) -> rs.getString("ledger_id") == null
                            ? null
                            : new ReportedLedgerMark(
                                    rs.getString("ledger_id"),
                                    rs.getLong("ledger_journal_entries"),
                                    rs.getLong("ledger_audit_links"),
                                    rs.getString("ledger_audit_head")))
                    .findFirst();
            h.createUpdate("UPDATE kiosks SET last_heartbeat_at = :now, last_contact_at = :now,"
                            + " last_heartbeat = CAST(:json AS jsonb) WHERE kiosk_id = :kiosk")
                    .bind("now", now)
                    .bind("json", heartbeat.toString())
                    .bind("kiosk", kioskId)
                    .execute();
            if (mark.isEmpty()) {
                return;
            }
            ReportedLedgerMark m = mark.get();
            Optional<String> wentBack = previous.flatMap(m::wentBackFrom);
            h.createUpdate("UPDATE kiosks SET ledger_id = :id, ledger_journal_entries = :journal,"
                            + " ledger_audit_links = :links, ledger_audit_head = :head, ledger_reported_at = :now,"
                            + " ledger_problem = COALESCE(:problem, ledger_problem),"
                            + " ledger_problem_at = CASE WHEN CAST(:problem AS text) IS NULL THEN ledger_problem_at"
                            + " ELSE :now END WHERE kiosk_id = :kiosk")
                    .bind("id", m.ledgerId())
                    .bind("journal", m.journalEntries())
                    .bind("links", m.auditLinks())
                    .bind("head", m.auditHead())
                    .bind("now", now)
                    .bind("problem", wentBack.orElse(null))
                    .bind("kiosk", kioskId)
                    .execute();
        });
        return now;
    }

    /** The optional {@code ledgerMark} member, checked. */
    private static Optional<ReportedLedgerMark> ledgerMark(ObjectNode heartbeat) {
        JsonNode mark = heartbeat.get("ledgerMark");
        if (mark == null || mark.isNull()) {
            return Optional.empty();
        }
        if (!mark.isObject()) {
            throw ApiException.badRequest("BAD_DOCUMENT", "\"ledgerMark\" must be an object");
        }
        String ledgerId = JsonBodies.text(mark, "ledgerId", 36);
        long journal = JsonBodies.whole(mark, "journalEntries");
        long links = JsonBodies.whole(mark, "auditLinks");
        String head = JsonBodies.text(mark, "auditHead", 64);
        if (journal < 0 || links < 0 || !head.matches("[0-9a-f]{64}")) {
            throw ApiException.badRequest(
                    "BAD_FIELD", "\"ledgerMark\" needs counts of 0 or more and a 64-hex-digit audit head");
        }
        return Optional.of(new ReportedLedgerMark(ledgerId, journal, links, head));
    }
}

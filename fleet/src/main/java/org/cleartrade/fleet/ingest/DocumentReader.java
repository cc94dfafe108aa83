package org.cleartrade.fleet.ingest;

import static org.cleartrade.fleet.http.JsonBodies.bool;
import static org.cleartrade.fleet.http.JsonBodies.instant;
import static org.cleartrade.fleet.http.JsonBodies.optionalInstant;
import static org.cleartrade.fleet.http.JsonBodies.optionalInt;
import static org.cleartrade.fleet.http.JsonBodies.optionalText;
import static org.cleartrade.fleet.http.JsonBodies.text;
import static org.cleartrade.fleet.http.JsonBodies.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import org.cleartrade.fleet.http.ApiException;

/**
 * Reads one outbox document (docs/outbox.md) and checks every member before anything is stored:
 * its type and version must be known, each member present with the right JSON type. The result
 * is the {@link Projection} that puts it into the fleet's tables.
 *
 * <p>Every version a kiosk in the field may still send is read here; today that is version 1 of
 * each type. The golden files the kiosk is tested against are read by this class's tests.
 */
final class DocumentReader {

    static final Set<String> TYPES = Set.of(
            "trade",
            "certificate",
            "voucher",
            "bin-state",
            "custody-manifest",
            "alert",
            "alert-resolved",
            "voucher-voided",
            "session-ended");

    private DocumentReader() {}

    /** @throws ApiException 400 or 422 naming the sequence number and the member at fault */
    static Projection read(long seq, JsonNode document) {
        if (document == null || !document.isObject()) {
            throw bad(seq, "the document must be a JSON object");
        }
        JsonNode type = document.get("type");
        JsonNode version = document.get("version");
        if (type == null || !type.isTextual() || version == null || !version.isInt()) {
            throw bad(seq, "the document must name its \"type\" (a string) and \"version\" (a whole number)");
        }
        if (!TYPES.contains(type.textValue())) {
            throw new ApiException(
                    422,
                    "UNKNOWN_DOCUMENT_TYPE",
                    "document " + seq + " has type \"" + type.textValue()
                            + "\", which this fleet does not know; known types: " + TYPES);
        }
        if (version.intValue() != 1) {
            throw new ApiException(
                    422,
                    "UNSUPPORTED_VERSION",
                    "document " + seq + " is " + type.textValue() + " version " + version.intValue()
                            + "; this fleet reads version 1");
        }
        try {
            return switch (type.textValue()) {
                case "trade" -> trade(document);
                case "certificate" -> certificate(document);
                case "voucher" -> voucher(document);
                case "bin-state" -> binState(document);
                case "custody-manifest" -> manifest(document);
                case "alert" -> alert(document);
                case "alert-resolved" -> alertResolved(document);
                case "voucher-voided" -> voucherVoided(document);
                default -> sessionEnded(document);
            };
        } catch (ApiException e) {
            throw bad(seq, type.textValue() + " version 1: " + e.getMessage());
        }
    }

    private static ApiException bad(long seq, String message) {
        return new ApiException(400, "BAD_DOCUMENT", "document " + seq + ": " + message);
    }

    private static Projection trade(JsonNode d) {
        String tradeId = text(d, "tradeId", 100);
        String sessionId = text(d, "sessionId", 100);
        String status = text(d, "status", 16);
        String manufacturer = text(d, "manufacturer", 200);
        String model = text(d, "model", 200);
        String serial = text(d, "serial", 200);
        String imei = optionalText(d, "imei", 32);
        long offer = whole(d, "offerMinor");
        String currency = currency(d);
        Integer bin = optionalInt(d, "bin");
        Instant holdUntil = optionalInstant(d, "holdUntil");
        boolean flagged = bool(d, "flagged");
        Instant updatedAt = instant(d, "updatedAt");
        text(d, "quoteId", 100);
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO trades (kiosk_id, trade_id, session_id, status,"
                        + " manufacturer, model, serial, imei, offer_minor, currency, bin, hold_until, flagged,"
                        + " accepted_at, updated_at) VALUES (:kiosk, :trade, :session, :status, :manufacturer, :model,"
                        + " :serial, :imei, :offer, :currency, :bin, :hold, :flagged, :at, :at) ON CONFLICT (kiosk_id,"
                        + " trade_id) DO UPDATE SET status = EXCLUDED.status, bin = EXCLUDED.bin, hold_until ="
                        + " EXCLUDED.hold_until, flagged = EXCLUDED.flagged, imei = EXCLUDED.imei, updated_at ="
                        + " EXCLUDED.updated_at")
                .bind("kiosk", kiosk)
                .bind("trade", tradeId)
                .bind("session", sessionId)
                .bind("status", status)
                .bind("manufacturer", manufacturer)
                .bind("model", model)
                .bind("serial", serial)
                .bind("imei", imei)
                .bind("offer", offer)
                .bind("currency", currency)
                .bind("bin", bin)
                .bind("hold", holdUntil)
                .bind("flagged", flagged)
                .bind("at", updatedAt)
                .execute();
    }

    private static Projection certificate(JsonNode d) {
        String certificateId = text(d, "certificateId", 100);
        String tradeId = text(d, "tradeId", 100);
        Instant issuedAt = instant(d, "issuedAt");
        String document = text(d, "document", 64 * 1024);
        String qr = text(d, "qrPayload", 4096);
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO certificates (certificate_id, kiosk_id, trade_id,"
                        + " document, qr_payload, issued_at) VALUES (:id, :kiosk, :trade, :document, :qr, :at)"
                        + " ON CONFLICT (certificate_id) DO NOTHING")
                .bind("id", certificateId)
                .bind("kiosk", kiosk)
                .bind("trade", tradeId)
                .bind("document", document)
                .bind("qr", qr)
                .bind("at", issuedAt)
                .execute();
    }

    private static Projection voucher(JsonNode d) {
        String voucherId = text(d, "voucherId", 32);
        if (!voucherId.matches("[0-9a-f]{32}")) {
            throw ApiException.badRequest("BAD_FIELD", "\"voucherId\" must be 32 lowercase hex digits");
        }
        String tradeId = text(d, "tradeId", 100);
        long amount = whole(d, "amountMinor");
        String currency = currency(d);
        Instant issuedAt = instant(d, "issuedAt");
        Instant expiresAt = instant(d, "expiresAt");
        text(d, "qrPayload", 4096);
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO vouchers (voucher_id, kiosk_id, trade_id, amount_minor,"
                        + " currency, expires_at, issued_at) VALUES (:id, :kiosk, :trade, :amount, :currency, :expires,"
                        + " :issued) ON CONFLICT (voucher_id) DO NOTHING")
                .bind("id", voucherId)
                .bind("kiosk", kiosk)
                .bind("trade", tradeId)
                .bind("amount", amount)
                .bind("currency", currency)
                .bind("expires", expiresAt)
                .bind("issued", issuedAt)
                .execute();
    }

    private static Projection binState(JsonNode d) {
        long bin = whole(d, "bin");
        if (bin < 0 || bin > 9999) {
            throw ApiException.badRequest("BAD_FIELD", "\"bin\" must be 0 to 9999");
        }
        String change = text(d, "change", 16);
        if (!change.equals("BINNED") && !change.equals("RELEASED")) {
            throw ApiException.badRequest("BAD_FIELD", "\"change\" must be BINNED or RELEASED");
        }
        String tradeId = text(d, "tradeId", 100);
        Instant holdUntil = optionalInstant(d, "holdUntil");
        String operator = optionalText(d, "operatorId", 100);
        Instant at = instant(d, "at");
        boolean binned = change.equals("BINNED");
        return (h, kiosk, seq) -> {
            h.createUpdate("INSERT INTO custody_events (kiosk_id, seq, bin, trade_id, change, operator_id, at) VALUES"
                            + " (:kiosk, :seq, :bin, :trade, :change, :operator, :at)")
                    .bind("kiosk", kiosk)
                    .bind("seq", seq)
                    .bind("bin", (int) bin)
                    .bind("trade", tradeId)
                    .bind("change", change)
                    .bind("operator", operator)
                    .bind("at", at)
                    .execute();
            h.createUpdate("INSERT INTO bins (kiosk_id, bin, trade_id, hold_until, since) VALUES (:kiosk, :bin, :trade,"
                            + " :hold, :at) ON CONFLICT (kiosk_id, bin) DO UPDATE SET trade_id = EXCLUDED.trade_id,"
                            + " hold_until = EXCLUDED.hold_until, since = EXCLUDED.since")
                    .bind("kiosk", kiosk)
                    .bind("bin", (int) bin)
                    .bind("trade", binned ? tradeId : null)
                    .bind("hold", binned ? holdUntil : null)
                    .bind("at", at)
                    .execute();
        };
    }

    private static Projection manifest(JsonNode d) {
        String manifestId = text(d, "manifestId", 100);
        String operator = text(d, "operatorId", 100);
        Instant issuedAt = instant(d, "issuedAt");
        String document = text(d, "document", 256 * 1024);
        String keyId = text(d, "keyId", 100);
        String signature = text(d, "signature", 200);
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO custody_manifests (manifest_id, kiosk_id, operator_id,"
                        + " document, key_id, signature, issued_at) VALUES (:id, :kiosk, :operator, :document, :key,"
                        + " :signature, :at) ON CONFLICT DO NOTHING")
                .bind("id", manifestId)
                .bind("kiosk", kiosk)
                .bind("operator", operator)
                .bind("document", document)
                .bind("key", keyId)
                .bind("signature", signature)
                .bind("at", issuedAt)
                .execute();
    }

    private static Projection alert(JsonNode d) {
        String alertId = text(d, "alertId", 200);
        String kind = text(d, "kind", 64);
        String sessionId = text(d, "sessionId", 200);
        Integer bin = optionalInt(d, "bin");
        String tradeId = optionalText(d, "tradeId", 100);
        String detail = text(d, "detail", 4000);
        Instant raisedAt = instant(d, "raisedAt");
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO alerts (kiosk_id, alert_id, kind, session_id, bin,"
                        + " trade_id, detail, raised_at) VALUES (:kiosk, :id, :kind, :session, :bin, :trade, :detail,"
                        + " :at) ON CONFLICT DO NOTHING")
                .bind("kiosk", kiosk)
                .bind("id", alertId)
                .bind("kind", kind)
                .bind("session", sessionId)
                .bind("bin", bin)
                .bind("trade", tradeId)
                .bind("detail", detail)
                .bind("at", raisedAt)
                .execute();
    }

    private static Projection alertResolved(JsonNode d) {
        String alertId = text(d, "alertId", 200);
        String operator = text(d, "operatorId", 100);
        Instant at = instant(d, "resolvedAt");
        // An alert raised before the kiosk reported alerts is unknown here; the document itself is kept.
        return (h, kiosk, seq) -> h.createUpdate("UPDATE alerts SET resolved_at = :at, resolved_by = :operator WHERE"
                        + " kiosk_id = :kiosk AND alert_id = :id AND resolved_at IS NULL")
                .bind("at", at)
                .bind("operator", operator)
                .bind("kiosk", kiosk)
                .bind("id", alertId)
                .execute();
    }

    private static Projection voucherVoided(JsonNode d) {
        String voucherId = text(d, "voucherId", 32);
        if (!voucherId.matches("[0-9a-f]{32}")) {
            throw ApiException.badRequest("BAD_FIELD", "\"voucherId\" must be 32 lowercase hex digits");
        }
        String tradeId = text(d, "tradeId", 100);
        String operator = text(d, "operatorId", 100);
        String reason = text(d, "reason", 400);
        Instant at = instant(d, "voidedAt");
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO voucher_voids (voucher_id, kiosk_id, trade_id, voided_by,"
                        + " reason, voided_at) VALUES (:id, :kiosk, :trade, :operator, :reason, :at) ON CONFLICT"
                        + " (voucher_id) DO NOTHING")
                .bind("id", voucherId)
                .bind("kiosk", kiosk)
                .bind("trade", tradeId)
                .bind("operator", operator)
                .bind("reason", reason)
                .bind("at", at)
                .execute();
    }

    private static Projection sessionEnded(JsonNode d) {
        String sessionId = text(d, "sessionId", 100);
        String jurisdiction = text(d, "jurisdiction", 16);
        String outcome = optionalText(d, "outcome", 64);
        String phase = text(d, "phase", 64);
        Instant at = instant(d, "endedAt");
        return (h, kiosk, seq) -> h.createUpdate("INSERT INTO session_outcomes (kiosk_id, session_id, jurisdiction,"
                        + " outcome, phase, ended_at) VALUES (:kiosk, :session, :jurisdiction, :outcome, :phase, :at)"
                        + " ON CONFLICT DO NOTHING")
                .bind("kiosk", kiosk)
                .bind("session", sessionId)
                .bind("jurisdiction", jurisdiction)
                .bind("outcome", outcome == null ? "" : outcome)
                .bind("phase", phase)
                .bind("at", at)
                .execute();
    }

    private static String currency(JsonNode d) {
        String currency = text(d, "currency", 3);
        if (!currency.matches("[A-Z]{3}")) {
            throw ApiException.badRequest("BAD_FIELD", "\"currency\" must be three capital letters");
        }
        return currency;
    }
}

package org.cleartrade.core.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.core.json.CompactJson;
import org.cleartrade.core.ledger.HighWaterMark;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * What the fleet is told of each ledger fact: the ledger stores the document this class writes for
 * a fact in its outbox, in the same transaction as the fact, so nothing stored is left unreported
 * and nothing is reported that was not stored.
 *
 * <p>Document types, all version 1 (docs/outbox.md has every field):
 *
 * <table>
 *   <caption>fact to document</caption>
 *   <tr><th>fact</th><th>type</th></tr>
 *   <tr><td>{@code TradeSaved}</td><td>{@code trade}</td></tr>
 *   <tr><td>{@code CertificateIssued}</td><td>{@code certificate}</td></tr>
 *   <tr><td>{@code VoucherIssued}</td><td>{@code voucher}</td></tr>
 *   <tr><td>{@code PhoneBinned}, {@code PhoneReleased}</td><td>{@code bin-state}</td></tr>
 *   <tr><td>{@code CustodyManifestIssued}</td><td>{@code custody-manifest}</td></tr>
 *   <tr><td>{@code AlertRaised}</td><td>{@code alert}</td></tr>
 *   <tr><td>{@code AlertResolved}</td><td>{@code alert-resolved}</td></tr>
 *   <tr><td>{@code VoucherVoided}</td><td>{@code voucher-voided}</td></tr>
 *   <tr><td>{@code Outbound}</td><td>the document it carries ({@code session-ended})</td></tr>
 * </table>
 *
 * <p>The {@code heartbeat} document uses the same form but is sent live, not queued.
 *
 * <p>Identity records and audit links are never sent: personal data stays on the kiosk for as long
 * as the jurisdiction requires and no longer, and the audit chain is the kiosk's own.
 */
public final class OutboxDocuments {

    public static final int VERSION = 1;

    private OutboxDocuments() {}

    /**
     * The document reporting {@code fact}, if the fleet is told of it.
     *
     * @param at when the transition that decided the fact happened
     */
    public static Optional<OutboxDocument> of(LedgerFact fact, Instant at) {
        if (fact instanceof LedgerFact.TradeSaved saved) {
            return Optional.of(trade(saved.trade()));
        } else if (fact instanceof LedgerFact.CertificateIssued certificate) {
            return Optional.of(document("certificate", fields -> {
                fields.put("certificateId", certificate.certificateId());
                fields.put("tradeId", certificate.tradeId());
                fields.put("issuedAt", certificate.issuedAt());
                fields.put("document", certificate.document());
                fields.put("qrPayload", certificate.qrPayload());
            }));
        } else if (fact instanceof LedgerFact.VoucherIssued voucher) {
            return Optional.of(document("voucher", fields -> {
                fields.put("voucherId", voucher.voucherId());
                fields.put("tradeId", voucher.tradeId());
                fields.put("amountMinor", voucher.amountMinor());
                fields.put("currency", voucher.currency());
                fields.put("issuedAt", at);
                fields.put("expiresAt", voucher.expiresAt());
                fields.put("qrPayload", voucher.qrPayload());
            }));
        } else if (fact instanceof LedgerFact.PhoneBinned binned) {
            return Optional.of(binState(binned.bin(), "BINNED", binned.tradeId(), binned.holdUntil(), null, at));
        } else if (fact instanceof LedgerFact.PhoneReleased released) {
            return Optional.of(
                    binState(released.bin(), "RELEASED", released.tradeId(), null, released.operatorId(), at));
        } else if (fact instanceof LedgerFact.CustodyManifestIssued manifest) {
            return Optional.of(document("custody-manifest", fields -> {
                fields.put("manifestId", manifest.manifestId());
                fields.put("operatorId", manifest.operatorId());
                fields.put("issuedAt", manifest.issuedAt());
                fields.put("document", manifest.document());
                fields.put("keyId", manifest.keyId());
                fields.put("signature", manifest.signature());
            }));
        } else if (fact instanceof LedgerFact.AlertRaised alert) {
            return Optional.of(document("alert", fields -> {
                fields.put("alertId", alert.alertId());
                fields.put("kind", alert.kind());
                fields.put("sessionId", alert.sessionId());
                fields.put("bin", alert.bin().isPresent() ? alert.bin().getAsInt() : null);
                fields.put("tradeId", alert.tradeId().orElse(null));
                fields.put("detail", alert.detail());
                fields.put("raisedAt", alert.raisedAt());
            }));
        } else if (fact instanceof LedgerFact.AlertResolved resolved) {
            return Optional.of(document("alert-resolved", fields -> {
                fields.put("alertId", resolved.alertId());
                fields.put("operatorId", resolved.operatorId());
                fields.put("resolvedAt", at);
            }));
        } else if (fact instanceof LedgerFact.VoucherVoided voided) {
            return Optional.of(document("voucher-voided", fields -> {
                fields.put("voucherId", voided.voucherId());
                fields.put("tradeId", voided.tradeId());
                fields.put("operatorId", voided.operatorId());
                fields.put("reason", voided.reason());
                fields.put("voidedAt", at);
            }));
        } else if (fact instanceof LedgerFact.Outbound outbound) {
            return Optional.of(outbound.document());
        }
        return Optional.empty();
    }

    /**
     * How a session ended, without anything about the seller or the phone: anonymous counts.
     *
     * @param outcome the {@code Outcome} name, or null when the session ended without one
     */
    public static OutboxDocument sessionEnded(
            String sessionId, String jurisdiction, String outcome, String phase, Instant at) {
        return document("session-ended", fields -> {
            fields.put("sessionId", sessionId);
            fields.put("jurisdiction", jurisdiction);
            fields.put("outcome", outcome);
            fields.put("phase", phase);
            fields.put("endedAt", at);
        });
    }

    /**
     * The kiosk's heartbeat: alive at {@code at}, quoting from this price book. Sent live, not
     * queued (a heartbeat from days ago says nothing); the fleet keeps the last one per kiosk.
     */
    public static OutboxDocument heartbeat(
            String kioskId, Instant at, String priceBookVersion, Instant priceBookIssuedAt, String priceBookSource) {
        return heartbeat(kioskId, at, priceBookVersion, priceBookIssuedAt, priceBookSource, Optional.empty());
    }

    /**
     * A heartbeat that also reports the ledger's high-water mark ({@code ledgerMark}: {@code
     * ledgerId}, {@code journalEntries}, {@code auditLinks}, {@code auditHead}); a kiosk whose
     * ledger keeps no mark leaves it out.
     */
    public static OutboxDocument heartbeat(
            String kioskId,
            Instant at,
            String priceBookVersion,
            Instant priceBookIssuedAt,
            String priceBookSource,
            Optional<HighWaterMark> ledgerMark) {
        Map<String, Object> priceBook = new LinkedHashMap<>();
        priceBook.put("version", priceBookVersion);
        priceBook.put("issuedAt", priceBookIssuedAt.toString());
        priceBook.put("source", priceBookSource);
        return document("heartbeat", fields -> {
            fields.put("kioskId", kioskId);
            fields.put("at", at);
            fields.put("priceBook", priceBook);
            ledgerMark.ifPresent(m -> {
                Map<String, Object> mark = new LinkedHashMap<>();
                mark.put("ledgerId", m.ledgerId());
                mark.put("journalEntries", m.journalEntries());
                mark.put("auditLinks", m.auditLinks());
                mark.put("auditHead", m.auditHead());
                fields.put("ledgerMark", mark);
            });
        });
    }

    private static OutboxDocument trade(TradeRecord trade) {
        return document("trade", fields -> {
            fields.put("tradeId", trade.tradeId());
            fields.put("sessionId", trade.sessionId());
            fields.put("status", trade.status().name());
            fields.put("manufacturer", trade.manufacturer());
            fields.put("model", trade.model());
            fields.put("serial", trade.serial());
            fields.put("imei", trade.imei().orElse(null));
            fields.put("quoteId", trade.quoteId());
            fields.put("offerMinor", trade.offerMinor());
            fields.put("currency", trade.currency());
            fields.put("bin", trade.bin().orElse(null));
            fields.put("holdUntil", trade.holdUntil().orElse(null));
            fields.put("flagged", trade.flaggedForReview());
            fields.put("updatedAt", trade.updatedAt());
        });
    }

    private static OutboxDocument binState(
            int bin, String change, String tradeId, Instant holdUntil, String operatorId, Instant at) {
        return document("bin-state", fields -> {
            fields.put("bin", bin);
            fields.put("change", change);
            fields.put("tradeId", tradeId);
            fields.put("holdUntil", holdUntil);
            fields.put("operatorId", operatorId);
            fields.put("at", at);
        });
    }

    private static OutboxDocument document(String type, java.util.function.Consumer<Map<String, Object>> body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("version", VERSION);
        body.accept(fields);
        return new OutboxDocument(type, VERSION, CompactJson.write(fields));
    }
}

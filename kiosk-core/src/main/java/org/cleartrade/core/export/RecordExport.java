package org.cleartrade.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cleartrade.core.json.CompactJson;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * Exports trades, certificates and audit records of a date range as CSV and JSON files, for the
 * store's records or an auditor. Exports hold no personal identity data: the ledger keeps that
 * apart and only as long as the jurisdiction requires.
 */
public final class RecordExport {

    /** What was written. */
    public record Summary(Path folder, int trades, int certificates, int auditLinks, List<Path> files) {}

    private final LedgerHistory history;

    public RecordExport(LedgerHistory history) {
        this.history = history;
    }

    /**
     * Writes {@code trades.csv/json}, {@code certificates.json} and {@code audit.csv/json} for
     * {@code [from, to)} into a new folder under {@code target}, named after the range.
     */
    public Summary export(Instant from, Instant to, Path target) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the range must start before it ends: " + from + " .. " + to);
        }
        List<TradeRecord> trades = history.trades(from, to);
        List<LedgerFact.CertificateIssued> certificates = history.certificates(from, to);
        List<LedgerHistory.AuditRecord> audit = history.audit(from, to);
        Path folder = target.resolve("cleartrade-" + stamp(from) + "-" + stamp(to));
        try {
            Files.createDirectories(folder);
            List<Path> files = List.of(
                    write(folder.resolve("trades.csv"), tradesCsv(trades)),
                    write(
                            folder.resolve("trades.json"),
                            CompactJson.write(
                                    trades.stream().map(RecordExport::tradeJson).toList())),
                    write(
                            folder.resolve("certificates.json"),
                            CompactJson.write(certificates.stream()
                                    .map(RecordExport::certificateJson)
                                    .toList())),
                    write(folder.resolve("audit.csv"), auditCsv(audit)),
                    write(
                            folder.resolve("audit.json"),
                            CompactJson.write(
                                    audit.stream().map(RecordExport::auditJson).toList())));
            return new Summary(folder, trades.size(), certificates.size(), audit.size(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String tradesCsv(List<TradeRecord> trades) {
        CsvTable csv = new CsvTable(
                "trade_id",
                "status",
                "manufacturer",
                "model",
                "serial",
                "imei",
                "quote_id",
                "offer_minor",
                "currency",
                "bin",
                "hold_until",
                "flagged_for_review",
                "updated_at");
        for (TradeRecord t : trades) {
            csv.row(
                    t.tradeId(),
                    t.status(),
                    t.manufacturer(),
                    t.model(),
                    t.serial(),
                    t.imei().orElse(""),
                    t.quoteId(),
                    t.offerMinor(),
                    t.currency(),
                    t.bin().map(String::valueOf).orElse(""),
                    t.holdUntil().map(Instant::toString).orElse(""),
                    t.flaggedForReview(),
                    t.updatedAt());
        }
        return csv.text();
    }

    private static String auditCsv(List<LedgerHistory.AuditRecord> audit) {
        CsvTable csv = new CsvTable("link", "at", "actor", "action", "detail", "hash");
        audit.forEach(a -> csv.row(a.link(), a.at(), a.actor(), a.action(), a.detail(), a.hash()));
        return csv.text();
    }

    private static Map<String, Object> tradeJson(TradeRecord t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tradeId", t.tradeId());
        json.put("status", t.status().name());
        json.put("manufacturer", t.manufacturer());
        json.put("model", t.model());
        json.put("serial", t.serial());
        json.put("imei", t.imei().orElse(null));
        json.put("quoteId", t.quoteId());
        json.put("offerMinor", t.offerMinor());
        json.put("currency", t.currency());
        json.put("bin", t.bin().orElse(null));
        json.put("holdUntil", t.holdUntil().map(Instant::toString).orElse(null));
        json.put("flaggedForReview", t.flaggedForReview());
        json.put("updatedAt", t.updatedAt().toString());
        return json;
    }

    private static Map<String, Object> certificateJson(LedgerFact.CertificateIssued c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("certificateId", c.certificateId());
        json.put("tradeId", c.tradeId());
        json.put("issuedAt", c.issuedAt().toString());
        json.put("qrPayload", c.qrPayload());
        json.put("document", c.document());
        return json;
    }

    private static Map<String, Object> auditJson(LedgerHistory.AuditRecord a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("link", a.link());
        json.put("at", a.at().toString());
        json.put("actor", a.actor());
        json.put("action", a.action());
        json.put("detail", a.detail());
        json.put("hash", a.hash());
        return json;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String stamp(Instant instant) {
        return instant.toString().replace(":", "").replace("-", "");
    }
}

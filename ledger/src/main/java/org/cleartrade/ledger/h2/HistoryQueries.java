package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.ledger.LedgerFact.CertificateIssued;
import org.cleartrade.core.ledger.LedgerHistory.AuditRecord;
import org.cleartrade.core.ledger.TradeRecord;

/**
 * Time-range reads for exports: trades, certificates and audit links within {@code [from, to)}.
 *
 * <p>Threading: called only under the ledger's lock.
 */
final class HistoryQueries {
    private final Connection connection;

    HistoryQueries(Connection connection) {
        this.connection = connection;
    }

    List<TradeRecord> trades(Instant from, Instant to) throws SQLException {
        List<TradeRecord> trades = new ArrayList<>();
        try (PreparedStatement query = ranged(
                        "SELECT * FROM trades WHERE updated_at >= ? AND updated_at < ? ORDER BY updated_at, trade_id",
                        from,
                        to);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                trades.add(LedgerQueries.tradeRow(rows));
            }
        }
        return trades;
    }

    List<CertificateIssued> certificates(Instant from, Instant to) throws SQLException {
        List<CertificateIssued> certificates = new ArrayList<>();
        try (PreparedStatement query = ranged(
                        "SELECT certificate_id, trade_id, document, qr_payload, issued_at FROM certificates"
                                + " WHERE issued_at >= ? AND issued_at < ? ORDER BY ledger_seq",
                        from,
                        to);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                certificates.add(new CertificateIssued(
                        rows.getString("certificate_id"),
                        rows.getString("trade_id"),
                        rows.getString("document"),
                        rows.getString("qr_payload"),
                        SqlTime.get(rows, "issued_at")));
            }
        }
        return certificates;
    }

    List<AuditRecord> audit(Instant from, Instant to) throws SQLException {
        List<AuditRecord> audit = new ArrayList<>();
        try (PreparedStatement query = ranged(
                        "SELECT link, at, actor, action, detail, hash FROM audit_log"
                                + " WHERE at >= ? AND at < ? ORDER BY link",
                        from,
                        to);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                audit.add(new AuditRecord(
                        rows.getLong("link"),
                        SqlTime.get(rows, "at"),
                        rows.getString("actor"),
                        rows.getString("action"),
                        rows.getString("detail"),
                        rows.getString("hash")));
            }
        }
        return audit;
    }

    private PreparedStatement ranged(String sql, Instant from, Instant to) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        SqlTime.set(query, 1, from);
        SqlTime.set(query, 2, to);
        return query;
    }
}

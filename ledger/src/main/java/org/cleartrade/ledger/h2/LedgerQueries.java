package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.BinContent;
import org.cleartrade.core.ledger.Ledger.BinReservation;
import org.cleartrade.core.ledger.Ledger.OutboxMessage;
import org.cleartrade.core.ledger.Ledger.Settlement;
import org.cleartrade.core.ledger.LedgerFact.AlertRaised;
import org.cleartrade.core.ledger.LedgerFact.CertificateIssued;
import org.cleartrade.core.ledger.LedgerFact.ConsentRecorded;
import org.cleartrade.core.ledger.LedgerFact.ErasedPhoneReturned;
import org.cleartrade.core.ledger.LedgerFact.SellerPaid;
import org.cleartrade.core.ledger.LedgerFact.VoucherIssued;
import org.cleartrade.core.ledger.LedgerFact.VoucherVoided;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.pricing.quote.Money;

/**
 * The read side of the ledger: plain SQL mapped to the port's records.
 *
 * <p>Threading: called only under the ledger's lock.
 */
final class LedgerQueries {
    private static final String JOURNAL_COLUMNS =
            "j.session_id, j.seq, j.at, j.from_phase, j.event, j.to_phase, j.snapshot, j.ended";

    private final Connection connection;

    LedgerQueries(Connection connection) {
        this.connection = connection;
    }

    List<JournalEntry> openSessions() throws SQLException {
        return journalEntries("SELECT " + JOURNAL_COLUMNS + " FROM sessions s JOIN journal j"
                + " ON j.session_id = s.session_id AND j.seq = s.last_seq WHERE NOT s.ended ORDER BY s.opened_order");
    }

    List<JournalEntry> journal(String sessionId) throws SQLException {
        return journalEntries(
                "SELECT " + JOURNAL_COLUMNS + " FROM journal j WHERE j.session_id = ? ORDER BY j.seq", sessionId);
    }

    Optional<TradeRecord> trade(String tradeId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT * FROM trades WHERE trade_id = ?")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(tradeRow(rows)) : Optional.empty();
            }
        }
    }

    /** Session ids are compared without dashes and in upper case, as {@code SellerReference} writes them. */
    List<TradeRecord> tradesByReference(String reference) throws SQLException {
        List<TradeRecord> found = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT * FROM trades WHERE UPPER(REPLACE(session_id, '-', '')) LIKE ? ORDER BY updated_at DESC")) {
            find.setString(
                    1,
                    "%"
                            + reference
                                    .toUpperCase(java.util.Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", ""));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    found.add(tradeRow(rows));
                }
            }
        }
        return found;
    }

    /** The trade on the current row of a {@code SELECT * FROM trades} result. */
    static TradeRecord tradeRow(ResultSet rows) throws SQLException {
        int bin = rows.getInt("bin");
        Optional<Integer> maybeBin = rows.wasNull() ? Optional.empty() : Optional.of(bin);
        return new TradeRecord(
                rows.getString("trade_id"),
                rows.getString("session_id"),
                TradeRecord.Status.valueOf(rows.getString("status")),
                rows.getString("manufacturer"),
                rows.getString("model"),
                rows.getString("serial"),
                Optional.ofNullable(rows.getString("imei")),
                rows.getString("quote_id"),
                rows.getLong("offer_minor"),
                rows.getString("currency"),
                maybeBin,
                SqlTime.getNullable(rows, "hold_until"),
                rows.getBoolean("flagged"),
                SqlTime.get(rows, "updated_at"));
    }

    List<BinContent> binContents() throws SQLException {
        List<BinContent> bins = new ArrayList<>();
        try (PreparedStatement all =
                        connection.prepareStatement("SELECT bin, trade_id, hold_until FROM bins ORDER BY bin");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                bins.add(new BinContent(
                        rows.getInt("bin"),
                        Optional.ofNullable(rows.getString("trade_id")),
                        SqlTime.getNullable(rows, "hold_until")));
            }
        }
        return bins;
    }

    List<BinReservation> binReservations() throws SQLException {
        List<BinReservation> reservations = new ArrayList<>();
        try (PreparedStatement all =
                        connection.prepareStatement("SELECT bin, trade_id FROM bin_reservations ORDER BY bin");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                reservations.add(new BinReservation(rows.getInt("bin"), rows.getString("trade_id")));
            }
        }
        return reservations;
    }

    List<AlertRaised> openAlerts() throws SQLException {
        List<AlertRaised> alerts = new ArrayList<>();
        try (PreparedStatement open = connection.prepareStatement(
                        "SELECT alert_id, kind, session_id, bin, trade_id, detail, raised_at, owed_minor, owed_currency"
                                + " FROM operator_alerts WHERE resolved_at IS NULL ORDER BY raised_at, alert_id");
                ResultSet rows = open.executeQuery()) {
            while (rows.next()) {
                int bin = rows.getInt("bin");
                OptionalInt binNumber = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(bin);
                long owed = rows.getLong("owed_minor");
                Optional<Money> owedMoney = rows.wasNull()
                        ? Optional.empty()
                        : Optional.of(new Money(owed, rows.getString("owed_currency")));
                alerts.add(new AlertRaised(
                        rows.getString("alert_id"),
                        rows.getString("kind"),
                        rows.getString("session_id"),
                        binNumber,
                        Optional.ofNullable(rows.getString("trade_id")),
                        rows.getString("detail"),
                        SqlTime.get(rows, "raised_at"),
                        owedMoney));
            }
        }
        return alerts;
    }

    Optional<CertificateIssued> certificate(String tradeId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT certificate_id, trade_id, document, qr_payload, issued_at FROM certificates WHERE trade_id = ?")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next()
                        ? Optional.of(new CertificateIssued(
                                rows.getString("certificate_id"),
                                rows.getString("trade_id"),
                                rows.getString("document"),
                                rows.getString("qr_payload"),
                                SqlTime.get(rows, "issued_at")))
                        : Optional.empty();
            }
        }
    }

    Optional<ConsentRecorded> consent(String tradeId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT trade_id, text_version, language,"
                + " text_sha256, consent_text, consented_at FROM consents WHERE trade_id = ?")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ConsentRecorded(
                                rows.getString("trade_id"),
                                rows.getString("text_version"),
                                rows.getString("language"),
                                rows.getString("text_sha256"),
                                rows.getString("consent_text"),
                                SqlTime.get(rows, "consented_at")))
                        : Optional.empty();
            }
        }
    }

    Optional<VoucherIssued> voucher(String tradeId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT voucher_id, trade_id, amount_minor, currency,"
                + " expires_at, qr_payload FROM vouchers WHERE trade_id = ?")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next()
                        ? Optional.of(new VoucherIssued(
                                rows.getString("voucher_id"),
                                rows.getString("trade_id"),
                                rows.getLong("amount_minor"),
                                rows.getString("currency"),
                                SqlTime.get(rows, "expires_at"),
                                rows.getString("qr_payload")))
                        : Optional.empty();
            }
        }
    }

    /** The payout, voided voucher and returned phone of a trade, each if recorded. */
    Settlement settlement(String tradeId) throws SQLException {
        Optional<SellerPaid> paid;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT how, voucher_id, actor, amount_minor, currency FROM payouts WHERE trade_id = ?")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                paid = rows.next()
                        ? Optional.of(new SellerPaid(
                                tradeId,
                                SellerPaid.How.valueOf(rows.getString("how")),
                                Optional.ofNullable(rows.getString("voucher_id")),
                                rows.getString("actor"),
                                new Money(rows.getLong("amount_minor"), rows.getString("currency"))))
                        : Optional.empty();
            }
        }
        Optional<VoucherVoided> voided;
        try (PreparedStatement find = connection.prepareStatement("SELECT voucher_id, voided_by, void_reason"
                + " FROM vouchers WHERE trade_id = ? AND voided_at IS NOT NULL")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                voided = rows.next()
                        ? Optional.of(new VoucherVoided(
                                rows.getString("voucher_id"),
                                tradeId,
                                rows.getString("voided_by"),
                                rows.getString("void_reason")))
                        : Optional.empty();
            }
        }
        Optional<ErasedPhoneReturned> returned;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT returned_by FROM certificates WHERE trade_id = ? AND returned_at IS NOT NULL")) {
            find.setString(1, tradeId);
            try (ResultSet rows = find.executeQuery()) {
                returned = rows.next()
                        ? Optional.of(new ErasedPhoneReturned(tradeId, rows.getString("returned_by")))
                        : Optional.empty();
            }
        }
        return new Settlement(paid, voided, returned);
    }

    List<OutboxMessage> pendingOutbox(int limit) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        try (PreparedStatement pending = connection.prepareStatement("SELECT seq, doc_type, doc_version, document,"
                + " created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?")) {
            pending.setInt(1, limit);
            try (ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    messages.add(new OutboxMessage(
                            rows.getLong("seq"),
                            rows.getString("doc_type"),
                            rows.getInt("doc_version"),
                            rows.getString("document"),
                            SqlTime.get(rows, "created_at")));
                }
            }
        }
        return messages;
    }

    private List<JournalEntry> journalEntries(String sql, String... keys) throws SQLException {
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                select.setString(i + 1, keys[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new JournalEntry(
                            rows.getString("session_id"),
                            rows.getLong("seq"),
                            SqlTime.get(rows, "at"),
                            rows.getString("from_phase"),
                            rows.getString("event"),
                            rows.getString("to_phase"),
                            rows.getString("snapshot"),
                            rows.getBoolean("ended")));
                }
            }
        }
        return entries;
    }
}

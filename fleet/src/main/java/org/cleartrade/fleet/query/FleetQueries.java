package org.cleartrade.fleet.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What operators and web pages read about the fleet: kiosks and their last contact, open alerts,
 * bins holding phones, trades per day, one trade with everything known about it, and a
 * certificate looked up by its id and the phone's serial. Read-only; every answer is a plain
 * record that the server writes as JSON.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class FleetQueries {

    private final Jdbi jdbi;
    private final Clock clock;

    public FleetQueries(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A kiosk as the dashboard lists it. */
    public record KioskSummary(
            String kioskId,
            String location,
            Instant enrolledAt,
            Instant lastContactAt,
            Instant lastHeartbeatAt,
            String priceBookVersion,
            long documentsStored,
            String activeKeyId,
            long openAlerts,
            LedgerMarkView ledgerMark,
            String ledgerProblem,
            Instant ledgerProblemAt) {}

    /** The ledger high-water mark a kiosk last reported, and when. */
    public record LedgerMarkView(
            String ledgerId, long journalEntries, long auditLinks, String auditHead, Instant reportedAt) {}

    public record AlertView(
            String kioskId,
            String alertId,
            String kind,
            String sessionId,
            Integer bin,
            String tradeId,
            String detail,
            Instant raisedAt,
            Instant resolvedAt,
            String resolvedBy) {}

    /** @param holdOver the hold period has passed: the phone may be picked up */
    public record BinView(
            String kioskId, int bin, String tradeId, Instant holdUntil, Instant since, boolean holdOver) {}

    public record DayCount(LocalDate day, String currency, long trades, long paid, long offeredMinor) {}

    public record TradeView(
            String kioskId,
            String tradeId,
            String sessionId,
            String status,
            String manufacturer,
            String model,
            String serial,
            long offerMinor,
            String currency,
            Integer bin,
            Instant holdUntil,
            boolean flagged,
            Instant acceptedAt,
            Instant updatedAt) {}

    public record CertificateView(
            String certificateId,
            String kioskId,
            String tradeId,
            Instant issuedAt,
            String document,
            String qrPayload) {}

    public record CustodyView(long seq, int bin, String tradeId, String change, String operatorId, Instant at) {}

    public record VoucherView(
            String voucherId,
            long amountMinor,
            String currency,
            Instant issuedAt,
            Instant expiresAt,
            Instant redeemedAt,
            String redeemedBy) {}

    /** One trade with its certificate, voucher, custody events and alerts. */
    public record TradeFile(
            TradeView trade,
            List<CertificateView> certificates,
            List<VoucherView> vouchers,
            List<CustodyView> custody,
            List<AlertView> alerts) {}

    /** 1 when the database answers. */
    public int ping() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    public List<KioskSummary> kiosks() {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.kiosk_id, k.location, k.enrolled_at, k.last_contact_at,"
                        + " k.last_heartbeat_at, k.last_heartbeat -> 'priceBook' ->> 'version' AS price_book, k.high_water,"
                        + " (SELECT key_id FROM kiosk_keys WHERE kiosk_id = k.kiosk_id AND status = 'ACTIVE') AS key_id,"
                        + " (SELECT count(*) FROM alerts a WHERE a.kiosk_id = k.kiosk_id AND a.resolved_at IS NULL) AS"
                        + " open_alerts, k.ledger_id, k.ledger_journal_entries, k.ledger_audit_links,"
                        + " k.ledger_audit_head, k.ledger_reported_at, k.ledger_problem, k.ledger_problem_at"
                        + " FROM kiosks k ORDER BY k.kiosk_id")
                .map((rs, ctx) -> new KioskSummary(
                        rs.getString("kiosk_id"),
                        rs.getString("location"),
                        instant(rs, "enrolled_at"),
                        instant(rs, "last_contact_at"),
                        instant(rs, "last_heartbeat_at"),
                        rs.getString("price_book"),
                        rs.getLong("high_water"),
                        rs.getString("key_id"),
                        rs.getLong("open_alerts"),
                        rs.getString("ledger_id") == null
                                ? null
                                : new LedgerMarkView(
                                        rs.getString("ledger_id"),
                                        rs.getLong("ledger_journal_entries"),
                                        rs.getLong("ledger_audit_links"),
                                        rs.getString("ledger_audit_head"),
                                        instant(rs, "ledger_reported_at")),
                        rs.getString("ledger_problem"),
                        instant(rs, "ledger_problem_at")))
                .list());
    }

    /** Open alerts, oldest first, across the fleet or for one kiosk. */
    public List<AlertView> openAlerts(Optional<String> kioskId) {
        return jdbi.withHandle(h -> h.createQuery(
                        ALERTS + " WHERE resolved_at IS NULL AND (CAST(:kiosk AS varchar) IS NULL OR kiosk_id"
                                + " = :kiosk) ORDER BY raised_at LIMIT 1000")
                .bind("kiosk", kioskId.orElse(null))
                .map((rs, ctx) -> alert(rs))
                .list());
    }

    /** Bins holding a phone; with {@code holdOverOnly}, those whose hold period has passed. */
    public List<BinView> occupiedBins(boolean holdOverOnly) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> h.createQuery("SELECT kiosk_id, bin, trade_id, hold_until, since FROM bins WHERE"
                        + " trade_id IS NOT NULL AND (NOT :over OR hold_until <= :now) ORDER BY kiosk_id, bin LIMIT"
                        + " 10000")
                .bind("over", holdOverOnly)
                .bind("now", now)
                .map((rs, ctx) -> {
                    Instant hold = instant(rs, "hold_until");
                    return new BinView(
                            rs.getString("kiosk_id"),
                            rs.getInt("bin"),
                            rs.getString("trade_id"),
                            hold,
                            instant(rs, "since"),
                            hold != null && !hold.isAfter(now));
                })
                .list());
    }

    /** Trades accepted per UTC day over the last {@code days} days, per currency. */
    public List<DayCount> tradesPerDay(int days) {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
        return jdbi.withHandle(h -> h.createQuery("SELECT (accepted_at AT TIME ZONE 'UTC')::date AS day, currency,"
                        + " count(*) AS trades, count(*) FILTER (WHERE status IN ('PAID', 'RELEASED')) AS paid,"
                        + " sum(offer_minor) AS offered FROM trades WHERE accepted_at >= :since GROUP BY 1, 2 ORDER"
                        + " BY 1, 2")
                .bind("since", since)
                .map((rs, ctx) -> new DayCount(
                        rs.getObject("day", LocalDate.class),
                        rs.getString("currency"),
                        rs.getLong("trades"),
                        rs.getLong("paid"),
                        rs.getLong("offered")))
                .list());
    }

    public Optional<TradeFile> trade(String kioskId, String tradeId) {
        return jdbi.withHandle(h -> {
            Optional<TradeView> trade = h.createQuery(
                            "SELECT * FROM trades WHERE kiosk_id = :kiosk AND trade_id = :trade")
                    .bind("kiosk", kioskId)
                    .bind("trade", tradeId)
                    .map((rs, ctx) -> tradeRow(rs))
                    .findOne();
            if (trade.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TradeFile(
                    trade.get(),
                    certificates(h, "kiosk_id = :kiosk AND trade_id = :trade", kioskId, tradeId),
                    h.createQuery("SELECT v.*, r.redeemed_at, r.redeemed_by FROM vouchers v LEFT JOIN"
                                    + " voucher_redemptions r ON r.voucher_id = v.voucher_id WHERE v.kiosk_id = :kiosk"
                                    + " AND v.trade_id = :trade")
                            .bind("kiosk", kioskId)
                            .bind("trade", tradeId)
                            .map((rs, ctx) -> new VoucherView(
                                    rs.getString("voucher_id"),
                                    rs.getLong("amount_minor"),
                                    rs.getString("currency"),
                                    instant(rs, "issued_at"),
                                    instant(rs, "expires_at"),
                                    instant(rs, "redeemed_at"),
                                    rs.getString("redeemed_by")))
                            .list(),
                    h.createQuery("SELECT * FROM custody_events WHERE kiosk_id = :kiosk AND trade_id = :trade ORDER BY"
                                    + " seq")
                            .bind("kiosk", kioskId)
                            .bind("trade", tradeId)
                            .map((rs, ctx) -> new CustodyView(
                                    rs.getLong("seq"),
                                    rs.getInt("bin"),
                                    rs.getString("trade_id"),
                                    rs.getString("change"),
                                    rs.getString("operator_id"),
                                    instant(rs, "at")))
                            .list(),
                    h.createQuery(ALERTS + " WHERE kiosk_id = :kiosk AND trade_id = :trade ORDER BY raised_at")
                            .bind("kiosk", kioskId)
                            .bind("trade", tradeId)
                            .map((rs, ctx) -> alert(rs))
                            .list()));
        });
    }

    /** When a voucher was redeemed, if it was. */
    public Optional<Instant> redemption(String voucherId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT redeemed_at FROM voucher_redemptions WHERE voucher_id = :id")
                .bind("id", voucherId)
                .map((rs, ctx) -> instant(rs, "redeemed_at"))
                .findOne());
    }

    /**
     * A certificate, found only with its id and the phone's serial together: a seller who lost the
     * paper has both on any copy, and nobody can walk the certificates by id alone.
     */
    public Optional<CertificateView> certificate(String certificateId, String serial) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.* FROM certificates c JOIN trades t ON t.kiosk_id ="
                        + " c.kiosk_id AND t.trade_id = c.trade_id WHERE c.certificate_id = :id AND upper(t.serial) ="
                        + " upper(:serial)")
                .bind("id", certificateId)
                .bind("serial", serial.strip())
                .map((rs, ctx) -> certificateRow(rs))
                .findOne());
    }

    private static List<CertificateView> certificates(Handle h, String where, String kioskId, String tradeId) {
        return h.createQuery("SELECT * FROM certificates WHERE " + where + " ORDER BY issued_at")
                .bind("kiosk", kioskId)
                .bind("trade", tradeId)
                .map((rs, ctx) -> certificateRow(rs))
                .list();
    }

    private static final String ALERTS = "SELECT kiosk_id, alert_id, kind, session_id, bin, trade_id, detail,"
            + " raised_at, resolved_at, resolved_by FROM alerts";

    private static AlertView alert(ResultSet rs) throws SQLException {
        return new AlertView(
                rs.getString("kiosk_id"),
                rs.getString("alert_id"),
                rs.getString("kind"),
                rs.getString("session_id"),
                (Integer) rs.getObject("bin"),
                rs.getString("trade_id"),
                rs.getString("detail"),
                instant(rs, "raised_at"),
                instant(rs, "resolved_at"),
                rs.getString("resolved_by"));
    }

    private static TradeView tradeRow(ResultSet rs) throws SQLException {
        return new TradeView(
                rs.getString("kiosk_id"),
                rs.getString("trade_id"),
                rs.getString("session_id"),
                rs.getString("status"),
                rs.getString("manufacturer"),
                rs.getString("model"),
                rs.getString("serial"),
                rs.getLong("offer_minor"),
                rs.getString("currency"),
                (Integer) rs.getObject("bin"),
                instant(rs, "hold_until"),
                rs.getBoolean("flagged"),
                instant(rs, "accepted_at"),
                instant(rs, "updated_at"));
    }

    private static CertificateView certificateRow(ResultSet rs) throws SQLException {
        return new CertificateView(
                rs.getString("certificate_id"),
                rs.getString("kiosk_id"),
                rs.getString("trade_id"),
                instant(rs, "issued_at"),
                rs.getString("document"),
                rs.getString("qr_payload"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

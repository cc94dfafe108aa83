package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerFact.AlertRaised;
import org.cleartrade.core.ledger.LedgerFact.AlertResolved;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerFact.BinReserved;
import org.cleartrade.core.ledger.LedgerFact.CertificateIssued;
import org.cleartrade.core.ledger.LedgerFact.ConsentRecorded;
import org.cleartrade.core.ledger.LedgerFact.CustodyManifestIssued;
import org.cleartrade.core.ledger.LedgerFact.ErasedPhoneReturned;
import org.cleartrade.core.ledger.LedgerFact.IdentityKept;
import org.cleartrade.core.ledger.LedgerFact.OperatorRemoved;
import org.cleartrade.core.ledger.LedgerFact.Outbound;
import org.cleartrade.core.ledger.LedgerFact.PhoneBinned;
import org.cleartrade.core.ledger.LedgerFact.PhoneReleased;
import org.cleartrade.core.ledger.LedgerFact.SellerPaid;
import org.cleartrade.core.ledger.LedgerFact.TradeSaved;
import org.cleartrade.core.ledger.LedgerFact.VoucherIssued;
import org.cleartrade.core.ledger.LedgerFact.VoucherVoided;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.outbox.OutboxDocument;
import org.cleartrade.core.outbox.OutboxDocuments;

/**
 * Writes the facts of one transition, in the order given, inside the transition's transaction.
 *
 * <p>Custody rules are checked here with messages that name the trade and bin, and backed by
 * constraints in the schema: a phone enters a bin only after its erasure certificate exists and
 * only into an empty bin; a voucher is issued only for a phone that is in a bin, once per trade; a
 * seller is paid once, only for a phone that went into a bin, by a voucher that was not voided or
 * by hand with no live voucher left; an alert that names money owed is resolved only once the
 * seller is paid or the trade is voided.
 * Every custody fact also appends a link to the audit chain (actor {@code ledger}); identity
 * records are audited by field names only, never values.
 *
 * <p>Threading: one instance per commit, used under the ledger's lock.
 */
final class FactWriter {
    static final String LEDGER_ACTOR = "ledger";

    private final Connection connection;
    private final JournalEntry entry;

    FactWriter(Connection connection, JournalEntry entry) {
        this.connection = connection;
        this.entry = entry;
    }

    /** Stores a fact, then queues the document that reports it to the fleet, if any. */
    void write(LedgerFact fact) throws SQLException {
        store(fact);
        Optional<OutboxDocument> document = OutboxDocuments.of(fact, entry.at());
        if (document.isPresent()) {
            enqueue(document.get());
        }
    }

    private void store(LedgerFact fact) throws SQLException {
        if (fact instanceof TradeSaved) {
            saveTrade(((TradeSaved) fact).trade());
        } else if (fact instanceof ConsentRecorded consent) {
            recordConsent(consent);
        } else if (fact instanceof CertificateIssued) {
            issueCertificate((CertificateIssued) fact);
        } else if (fact instanceof VoucherIssued) {
            issueVoucher((VoucherIssued) fact);
        } else if (fact instanceof BinReserved) {
            reserve((BinReserved) fact);
        } else if (fact instanceof PhoneBinned) {
            bin((PhoneBinned) fact);
        } else if (fact instanceof PhoneReleased) {
            release((PhoneReleased) fact);
        } else if (fact instanceof IdentityKept) {
            keepIdentity((IdentityKept) fact);
        } else if (fact instanceof Audited) {
            Audited audited = (Audited) fact;
            audit(audited.actor(), audited.action(), audited.detail());
        } else if (fact instanceof Outbound) {
            // Only a document to queue, which write() does.
        } else if (fact instanceof CustodyManifestIssued) {
            issueManifest((CustodyManifestIssued) fact);
        } else if (fact instanceof AlertRaised) {
            raise((AlertRaised) fact);
        } else if (fact instanceof AlertResolved) {
            resolve((AlertResolved) fact);
        } else if (fact instanceof OperatorRemoved) {
            removeOperator((OperatorRemoved) fact);
        } else if (fact instanceof SellerPaid paid) {
            pay(paid);
        } else if (fact instanceof VoucherVoided voided) {
            voidVoucher(voided);
        } else if (fact instanceof ErasedPhoneReturned returned) {
            markReturned(returned);
        } else {
            throw new LedgerRefusedException("the ledger cannot store a fact of type "
                    + (fact == null ? "null" : fact.getClass().getName()) + " yet");
        }
    }

    private void saveTrade(TradeRecord trade) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO trades (trade_id, session_id, status,"
                + " manufacturer, model, serial, imei, quote_id, offer_minor, currency, bin, hold_until, flagged,"
                + " updated_at) KEY (trade_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            merge.setString(1, JournalWriter.requireText(trade.tradeId(), "tradeId"));
            merge.setString(2, trade.sessionId());
            merge.setString(3, trade.status().name());
            merge.setString(4, trade.manufacturer());
            merge.setString(5, trade.model());
            merge.setString(6, trade.serial());
            merge.setString(7, trade.imei().orElse(null));
            merge.setString(8, trade.quoteId());
            merge.setLong(9, trade.offerMinor());
            merge.setString(10, trade.currency());
            if (trade.bin().isPresent()) {
                merge.setInt(11, trade.bin().get());
            } else {
                merge.setNull(11, Types.INTEGER);
            }
            SqlTime.setNullable(merge, 12, trade.holdUntil());
            merge.setBoolean(13, trade.flaggedForReview());
            SqlTime.set(merge, 14, trade.updatedAt());
            merge.executeUpdate();
        }
        if (trade.status() == TradeRecord.Status.VOIDED) {
            endReservation(trade.tradeId());
        }
    }

    /** Pins what the seller agreed to; the hash must be the text's, and a trade consents once. */
    private void recordConsent(ConsentRecorded consent) throws SQLException {
        requireTrade(consent.tradeId(), "a consent");
        String hash = ConsentRecord.sha256Hex(consent.text());
        if (!hash.equals(consent.textSha256())) {
            throw new LedgerRefusedException("the consent of trade " + consent.tradeId() + " names hash "
                    + consent.textSha256() + " but its text hashes to " + hash);
        }
        if (exists("SELECT 1 FROM consents WHERE trade_id = ?", consent.tradeId())) {
            throw new LedgerRefusedException("trade " + consent.tradeId() + " already has a consent record");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO consents (trade_id, text_version,"
                + " language, text_sha256, consent_text, consented_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, consent.tradeId());
            insert.setString(2, consent.textVersion());
            insert.setString(3, consent.language());
            insert.setString(4, consent.textSha256());
            insert.setString(5, consent.text());
            SqlTime.set(insert, 6, consent.consentedAt());
            insert.executeUpdate();
        }
    }

    private void issueCertificate(CertificateIssued certificate) throws SQLException {
        requireTrade(certificate.tradeId(), "a certificate");
        if (exists("SELECT 1 FROM certificates WHERE trade_id = ?", certificate.tradeId())) {
            throw new LedgerRefusedException("trade " + certificate.tradeId() + " already has a certificate");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO certificates (certificate_id,"
                + " trade_id, document, qr_payload, issued_at, ledger_seq) VALUES (?, ?, ?, ?, ?, NEXT VALUE FOR"
                + " ledger_seq)")) {
            insert.setString(1, certificate.certificateId());
            insert.setString(2, certificate.tradeId());
            insert.setString(3, certificate.document());
            insert.setString(4, certificate.qrPayload());
            SqlTime.set(insert, 5, certificate.issuedAt());
            insert.executeUpdate();
        }
        audit(
                LEDGER_ACTOR,
                "certificate-issued",
                "trade=" + certificate.tradeId() + " certificate=" + certificate.certificateId());
    }

    private void issueVoucher(VoucherIssued voucher) throws SQLException {
        requireTrade(voucher.tradeId(), "a voucher");
        Optional<String> existing = text("SELECT voucher_id FROM vouchers WHERE trade_id = ?", voucher.tradeId());
        if (existing.isPresent()) {
            throw new LedgerRefusedException("trade " + voucher.tradeId() + " already has voucher " + existing.get()
                    + "; a second voucher " + voucher.voucherId() + " is refused");
        }
        if (!exists("SELECT 1 FROM certificates WHERE trade_id = ?", voucher.tradeId())) {
            throw new LedgerRefusedException(
                    "no voucher for trade " + voucher.tradeId() + ": the phone has no verified erasure certificate");
        }
        if (!exists("SELECT 1 FROM bins WHERE trade_id = ?", voucher.tradeId())) {
            throw new LedgerRefusedException(
                    "no voucher for trade " + voucher.tradeId() + ": the phone is not locked in a bin");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vouchers (voucher_id, trade_id,"
                + " amount_minor, currency, expires_at, qr_payload, issued_at, ledger_seq) VALUES (?, ?, ?, ?, ?, ?,"
                + " ?, NEXT VALUE FOR ledger_seq)")) {
            insert.setString(1, voucher.voucherId());
            insert.setString(2, voucher.tradeId());
            insert.setLong(3, voucher.amountMinor());
            insert.setString(4, voucher.currency());
            SqlTime.set(insert, 5, voucher.expiresAt());
            insert.setString(6, voucher.qrPayload());
            SqlTime.set(insert, 7, entry.at());
            insert.executeUpdate();
        }
        audit(
                LEDGER_ACTOR,
                "voucher-issued",
                "trade=" + voucher.tradeId() + " voucher=" + voucher.voucherId() + " amount=" + voucher.amountMinor()
                        + " " + voucher.currency());
    }

    private void reserve(BinReserved reserved) throws SQLException {
        requireTrade(reserved.tradeId(), "a bin reservation");
        Optional<String> occupant = binOccupant(reserved.bin());
        if (occupant.isPresent()) {
            throw new LedgerRefusedException("bin " + reserved.bin() + " holds trade " + occupant.get()
                    + "; it cannot be reserved for trade " + reserved.tradeId());
        }
        Optional<String> holder = reservationOf(reserved.bin());
        if (holder.isPresent() && !holder.get().equals(reserved.tradeId())) {
            throw new LedgerRefusedException("bin " + reserved.bin() + " is reserved for trade " + holder.get()
                    + "; refused for trade " + reserved.tradeId());
        }
        endReservation(reserved.tradeId());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO bin_reservations (bin, trade_id, since) VALUES (?, ?, ?)")) {
            insert.setInt(1, reserved.bin());
            insert.setString(2, reserved.tradeId());
            SqlTime.set(insert, 3, entry.at());
            insert.executeUpdate();
        }
        audit(LEDGER_ACTOR, "bin-reserved", "trade=" + reserved.tradeId() + " bin=" + reserved.bin());
    }

    /** A session that ended holds no bin any more: reservations live only while it runs. */
    void endOfSession() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bin_reservations WHERE trade_id IN"
                + " (SELECT trade_id FROM trades WHERE session_id = ?)")) {
            delete.setString(1, entry.sessionId());
            delete.executeUpdate();
        }
    }

    private void endReservation(String tradeId) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM bin_reservations WHERE trade_id = ?")) {
            delete.setString(1, tradeId);
            delete.executeUpdate();
        }
    }

    private Optional<String> reservationOf(int bin) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("SELECT trade_id FROM bin_reservations WHERE bin = ?")) {
            find.setInt(1, bin);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private void bin(PhoneBinned binned) throws SQLException {
        requireTrade(binned.tradeId(), "a bin");
        if (!exists("SELECT 1 FROM certificates WHERE trade_id = ?", binned.tradeId())) {
            throw new LedgerRefusedException("trade " + binned.tradeId() + " cannot go into bin " + binned.bin()
                    + ": the phone has no verified erasure certificate");
        }
        Optional<String> occupant = binOccupant(binned.bin());
        if (occupant.isPresent()) {
            throw new LedgerRefusedException("bin " + binned.bin() + " already holds trade " + occupant.get()
                    + "; refused trade " + binned.tradeId());
        }
        Optional<String> holder = reservationOf(binned.bin());
        if (holder.isPresent() && !holder.get().equals(binned.tradeId())) {
            throw new LedgerRefusedException("bin " + binned.bin() + " is reserved for trade " + holder.get()
                    + "; refused trade " + binned.tradeId());
        }
        endReservation(binned.tradeId());
        Optional<String> otherBin = text("SELECT CAST(bin AS VARCHAR) FROM bins WHERE trade_id = ?", binned.tradeId());
        if (otherBin.isPresent()) {
            throw new LedgerRefusedException("trade " + binned.tradeId() + " is already in bin " + otherBin.get()
                    + "; refused bin " + binned.bin());
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO bins (bin, trade_id, hold_until, since) KEY (bin) VALUES (?, ?, ?, ?)")) {
            merge.setInt(1, binned.bin());
            merge.setString(2, binned.tradeId());
            SqlTime.set(merge, 3, binned.holdUntil());
            SqlTime.set(merge, 4, entry.at());
            merge.executeUpdate();
        }
        custodyEvent(binned.tradeId(), binned.bin(), "BINNED", null);
        audit(
                LEDGER_ACTOR,
                "phone-binned",
                "trade=" + binned.tradeId() + " bin=" + binned.bin() + " hold-until=" + binned.holdUntil());
    }

    private void release(PhoneReleased released) throws SQLException {
        Optional<String> occupant = binOccupant(released.bin());
        if (!occupant.equals(Optional.of(released.tradeId()))) {
            throw new LedgerRefusedException("bin " + released.bin() + " holds "
                    + occupant.map(t -> "trade " + t).orElse("nothing") + "; cannot release trade "
                    + released.tradeId());
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE bins SET trade_id = NULL, hold_until = NULL, since = ? WHERE bin = ?")) {
            SqlTime.set(update, 1, entry.at());
            update.setInt(2, released.bin());
            update.executeUpdate();
        }
        custodyEvent(released.tradeId(), released.bin(), "RELEASED", released.operatorId());
        audit(
                LEDGER_ACTOR,
                "phone-released",
                "trade=" + released.tradeId() + " bin=" + released.bin() + " operator=" + released.operatorId());
    }

    private void keepIdentity(IdentityKept identity) throws SQLException {
        requireTrade(identity.tradeId(), "identity data");
        long recordId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO identity_records (trade_id, keep_until, recorded_at) VALUES (?, ?, ?)",
                new String[] {"record_id"})) {
            insert.setString(1, identity.tradeId());
            SqlTime.set(insert, 2, identity.keepUntil());
            SqlTime.set(insert, 3, entry.at());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                recordId = keys.getLong(1);
            }
        }
        Map<String, String> fields = new TreeMap<>(identity.fields());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO identity_fields (record_id, name, field_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                insert.setLong(1, recordId);
                insert.setString(2, field.getKey());
                insert.setString(3, field.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        audit(
                LEDGER_ACTOR,
                "identity-kept",
                "trade=" + identity.tradeId() + " fields=" + fields.keySet() + " keep-until=" + identity.keepUntil());
    }

    private void issueManifest(CustodyManifestIssued manifest) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO custody_manifests (manifest_id,"
                + " operator_id, document, key_id, signature, issued_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, manifest.manifestId());
            insert.setString(2, manifest.operatorId());
            insert.setString(3, manifest.document());
            insert.setString(4, manifest.keyId());
            insert.setString(5, manifest.signature());
            SqlTime.set(insert, 6, manifest.issuedAt());
            insert.executeUpdate();
        }
        audit(
                LEDGER_ACTOR,
                "custody-manifest-issued",
                "manifest=" + manifest.manifestId() + " operator=" + manifest.operatorId() + " key="
                        + manifest.keyId());
    }

    /** Raising an alert id that exists already changes nothing, so a retried raise is harmless. */
    private void raise(AlertRaised alert) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO operator_alerts (alert_id, kind,"
                + " session_id, bin, trade_id, detail, raised_at, owed_minor, owed_currency) SELECT ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ? WHERE NOT EXISTS (SELECT 1 FROM operator_alerts WHERE alert_id = ?)")) {
            insert.setString(1, JournalWriter.requireText(alert.alertId(), "alertId"));
            insert.setString(2, alert.kind());
            insert.setString(3, alert.sessionId());
            if (alert.bin().isPresent()) {
                insert.setInt(4, alert.bin().getAsInt());
            } else {
                insert.setNull(4, Types.INTEGER);
            }
            insert.setString(5, alert.tradeId().orElse(null));
            insert.setString(6, alert.detail());
            SqlTime.set(insert, 7, alert.raisedAt());
            if (alert.owed().isPresent()) {
                insert.setLong(8, alert.owed().get().minorUnits());
                insert.setString(9, alert.owed().get().currency());
            } else {
                insert.setNull(8, Types.BIGINT);
                insert.setNull(9, Types.CHAR);
            }
            insert.setString(10, alert.alertId());
            insert.executeUpdate();
        }
    }

    private void resolve(AlertResolved resolved) throws SQLException {
        Optional<String> owing = text(
                "SELECT a.trade_id FROM operator_alerts a JOIN trades t ON t.trade_id = a.trade_id"
                        + " WHERE a.alert_id = ? AND a.resolved_at IS NULL AND a.owed_minor IS NOT NULL"
                        + " AND t.status <> 'VOIDED' AND NOT EXISTS (SELECT 1 FROM payouts p WHERE p.trade_id ="
                        + " a.trade_id)",
                resolved.alertId());
        if (owing.isPresent()) {
            throw new LedgerRefusedException("alert " + resolved.alertId() + " still owes the seller of trade "
                    + owing.get() + ": pay them or give the phone back first");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE operator_alerts SET resolved_at = ?,"
                + " resolved_by = ? WHERE alert_id = ? AND resolved_at IS NULL")) {
            SqlTime.set(update, 1, entry.at());
            update.setString(2, JournalWriter.requireText(resolved.operatorId(), "operatorId"));
            update.setString(3, resolved.alertId());
            if (update.executeUpdate() != 1) {
                throw new LedgerRefusedException("no open alert " + resolved.alertId());
            }
        }
        audit(LEDGER_ACTOR, "alert-resolved", "alert=" + resolved.alertId() + " operator=" + resolved.operatorId());
    }

    private void removeOperator(OperatorRemoved removed) throws SQLException {
        String id = JournalWriter.requireText(removed.operatorId(), "operatorId");
        int deleted;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM operators WHERE operator_id = ?")) {
            delete.setString(1, id);
            deleted = delete.executeUpdate();
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM operator_logins WHERE operator_id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        audit(
                LEDGER_ACTOR,
                "operator-removed",
                "operator=" + id + (deleted == 0 ? " (no such account)" : "") + " reason=" + removed.reason());
    }

    private void pay(SellerPaid paid) throws SQLException {
        requireTrade(paid.tradeId(), "a payout");
        if (exists("SELECT 1 FROM payouts WHERE trade_id = ?", paid.tradeId())) {
            throw new LedgerRefusedException("trade " + paid.tradeId() + " was already paid");
        }
        if (!exists("SELECT 1 FROM custody_events WHERE kind = 'BINNED' AND trade_id = ?", paid.tradeId())) {
            throw new LedgerRefusedException(
                    "no payout for trade " + paid.tradeId() + ": its erased phone never went into a bin");
        }
        Optional<String> live =
                text("SELECT voucher_id FROM vouchers WHERE trade_id = ? AND voided_at IS NULL", paid.tradeId());
        if (paid.voucherId().isPresent() && !live.equals(paid.voucherId())) {
            throw new LedgerRefusedException("trade " + paid.tradeId() + " cannot be paid by voucher "
                    + paid.voucherId().get() + ": its live voucher is " + live.orElse("none"));
        }
        if (paid.voucherId().isEmpty() && live.isPresent()) {
            throw new LedgerRefusedException("trade " + paid.tradeId() + " cannot be paid by hand while voucher "
                    + live.get() + " can still be redeemed; void it first");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payouts (trade_id, how, voucher_id,"
                + " actor, amount_minor, currency, paid_at, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR"
                + " ledger_seq)")) {
            insert.setString(1, paid.tradeId());
            insert.setString(2, paid.how().name());
            insert.setString(3, paid.voucherId().orElse(null));
            insert.setString(4, JournalWriter.requireText(paid.actor(), "actor"));
            insert.setLong(5, paid.amount().minorUnits());
            insert.setString(6, paid.amount().currency());
            SqlTime.set(insert, 7, entry.at());
            insert.executeUpdate();
        }
        audit(
                LEDGER_ACTOR,
                "seller-paid",
                "trade=" + paid.tradeId() + " how=" + paid.how()
                        + paid.voucherId().map(v -> " voucher=" + v).orElse("")
                        + " amount=" + paid.amount().minorUnits() + " "
                        + paid.amount().currency() + " by="
                        + paid.actor());
    }

    private void voidVoucher(VoucherVoided voided) throws SQLException {
        if (exists("SELECT 1 FROM payouts WHERE trade_id = ?", voided.tradeId())) {
            throw new LedgerRefusedException("voucher " + voided.voucherId() + " of trade " + voided.tradeId()
                    + " cannot be voided: the seller was already paid");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE vouchers SET voided_at = ?, voided_by = ?,"
                + " void_reason = ? WHERE voucher_id = ? AND trade_id = ? AND voided_at IS NULL")) {
            SqlTime.set(update, 1, entry.at());
            update.setString(2, JournalWriter.requireText(voided.operatorId(), "operatorId"));
            update.setString(3, voided.reason());
            update.setString(4, voided.voucherId());
            update.setString(5, voided.tradeId());
            if (update.executeUpdate() != 1) {
                throw new LedgerRefusedException(
                        "no live voucher " + voided.voucherId() + " of trade " + voided.tradeId() + " to void");
            }
        }
        audit(
                LEDGER_ACTOR,
                "voucher-voided",
                "trade=" + voided.tradeId() + " voucher=" + voided.voucherId() + " operator=" + voided.operatorId()
                        + " reason=" + voided.reason());
    }

    private void markReturned(ErasedPhoneReturned returned) throws SQLException {
        Optional<String> status = text("SELECT status FROM trades WHERE trade_id = ?", returned.tradeId());
        if (!status.equals(Optional.of(TradeRecord.Status.VOIDED.name()))) {
            throw new LedgerRefusedException("the phone of trade " + returned.tradeId()
                    + " can go back to its owner only once the trade is voided; it is " + status.orElse("missing"));
        }
        if (binOccupantOfTrade(returned.tradeId()).isPresent()) {
            throw new LedgerRefusedException(
                    "the phone of trade " + returned.tradeId() + " is still recorded in a bin; release it first");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE certificates SET returned_at = ?,"
                + " returned_by = ? WHERE trade_id = ? AND returned_at IS NULL")) {
            SqlTime.set(update, 1, entry.at());
            update.setString(2, JournalWriter.requireText(returned.actor(), "actor"));
            update.setString(3, returned.tradeId());
            if (update.executeUpdate() != 1) {
                throw new LedgerRefusedException(
                        "trade " + returned.tradeId() + " has no certificate, or its phone was already given back");
            }
        }
        audit(LEDGER_ACTOR, "erased-phone-returned", "trade=" + returned.tradeId() + " by=" + returned.actor());
    }

    private Optional<String> binOccupantOfTrade(String tradeId) throws SQLException {
        return text("SELECT CAST(bin AS VARCHAR) FROM bins WHERE trade_id = ?", tradeId);
    }

    void audit(String actor, String action, String detail) throws SQLException {
        AuditChain.append(connection, entry.at(), entry.sessionId(), actor, action, detail);
    }

    /** Numbers the document one past the last, without gaps: commits run one at a time. */
    private void enqueue(OutboxDocument document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (seq, doc_type, doc_version,"
                + " document, created_at) SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM outbox")) {
            insert.setString(1, document.type());
            insert.setInt(2, document.version());
            insert.setString(3, document.json());
            SqlTime.set(insert, 4, entry.at());
            insert.executeUpdate();
        }
    }

    private void custodyEvent(String tradeId, int bin, String kind, String operatorId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO custody_events (ledger_seq,"
                + " trade_id, bin, kind, operator_id, session_id, at) VALUES (NEXT VALUE FOR ledger_seq, ?, ?, ?, ?,"
                + " ?, ?)")) {
            insert.setString(1, tradeId);
            insert.setInt(2, bin);
            insert.setString(3, kind);
            insert.setString(4, operatorId);
            insert.setString(5, entry.sessionId());
            SqlTime.set(insert, 6, entry.at());
            insert.executeUpdate();
        }
    }

    private Optional<String> binOccupant(int bin) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT trade_id FROM bins WHERE bin = ?")) {
            find.setInt(1, bin);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private void requireTrade(String tradeId, String what) throws SQLException {
        if (!exists("SELECT 1 FROM trades WHERE trade_id = ?", tradeId)) {
            throw new LedgerRefusedException("no trade " + tradeId + " to attach " + what + " to");
        }
    }

    private boolean exists(String sql, String key) throws SQLException {
        return text(sql, key).isPresent();
    }

    private Optional<String> text(String sql, String key) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(sql)) {
            find.setString(1, key);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(String.valueOf(rows.getString(1))) : Optional.empty();
            }
        }
    }
}

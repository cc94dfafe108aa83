package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.ledger.Ledger.AuditVerification;

/**
 * Checks the ledger's custody invariants across all tables, for a self-check after a restart and
 * for the kill test. Each violation is one line naming the rows involved.
 *
 * <ul>
 *   <li>every session's journal runs 1..n without a gap, and its head matches the session row;
 *   <li>every phone in a bin belongs to a trade that is binned or paid and has a certificate;
 *   <li>every voucher belongs to a phone that was erased (certificate), then locked in a bin, then
 *       paid, in that order;
 *   <li>no trade has two vouchers; every paid trade has a payout that reached its seller, and a
 *       payout by voucher names a voucher that was not voided;
 *   <li>the audit chain verifies.
 * </ul>
 *
 * <p>Threading: called only under the ledger's lock.
 */
final class LedgerInvariants {
    private static final String[][] CHECKS = {
        {
            "journal of session %s has a gap or a repeat: %s entries, seq %s..%s",
            "SELECT session_id, COUNT(*), MIN(seq), MAX(seq) FROM journal GROUP BY session_id"
                    + " HAVING COUNT(*) <> MAX(seq) OR MIN(seq) <> 1"
        },
        {
            "session %s records head seq %s but its journal ends at %s",
            "SELECT s.session_id, s.last_seq, MAX(j.seq) FROM sessions s LEFT JOIN journal j"
                    + " ON j.session_id = s.session_id GROUP BY s.session_id, s.last_seq"
                    + " HAVING MAX(j.seq) IS NULL OR MAX(j.seq) <> s.last_seq"
        },
        {
            "bin %s holds trade %s whose trade is %s and certificate is %s",
            "SELECT b.bin, b.trade_id, COALESCE(t.status, 'missing'),"
                    + " CASE WHEN c.trade_id IS NULL THEN 'missing' ELSE 'present' END"
                    + " FROM bins b LEFT JOIN trades t ON t.trade_id = b.trade_id"
                    + " LEFT JOIN certificates c ON c.trade_id = b.trade_id"
                    + " WHERE b.trade_id IS NOT NULL AND (t.status IS NULL OR t.status NOT IN ('BINNED', 'PAID')"
                    + " OR c.trade_id IS NULL)"
        },
        {
            "voucher %s of trade %s was not preceded by an erasure certificate and a locked bin",
            "SELECT v.voucher_id, v.trade_id FROM vouchers v WHERE NOT EXISTS (SELECT 1 FROM certificates c"
                    + " JOIN custody_events e ON e.trade_id = c.trade_id AND e.kind = 'BINNED'"
                    + " AND e.ledger_seq > c.ledger_seq WHERE c.trade_id = v.trade_id AND e.ledger_seq < v.ledger_seq)"
        },
        {"trade %s has %s vouchers", "SELECT trade_id, COUNT(*) FROM vouchers GROUP BY trade_id HAVING COUNT(*) > 1"},
        {
            "trade %s is paid but no payout reached its seller",
            "SELECT t.trade_id FROM trades t WHERE t.status = 'PAID'"
                    + " AND NOT EXISTS (SELECT 1 FROM payouts p WHERE p.trade_id = t.trade_id)"
        },
        {
            "trade %s was paid %s with voucher %s, which is voided",
            "SELECT p.trade_id, p.how, p.voucher_id FROM payouts p JOIN vouchers v ON v.voucher_id = p.voucher_id"
                    + " WHERE v.voided_at IS NOT NULL"
        },
    };

    private LedgerInvariants() {}

    static List<String> check(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (String[] check : CHECKS) {
            try (PreparedStatement query = connection.prepareStatement(check[1]);
                    ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] values = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = rows.getString(i + 1);
                    }
                    violations.add(String.format(check[0], values));
                }
            }
        }
        AuditVerification audit = AuditChain.verify(connection);
        if (!audit.intact()) {
            violations.add(
                    "audit chain breaks at link " + audit.firstBrokenLink().orElseThrow());
        }
        return violations;
    }
}

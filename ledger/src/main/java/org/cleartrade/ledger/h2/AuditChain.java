package org.cleartrade.ledger.h2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.cleartrade.core.ledger.Ledger.AuditVerification;

/**
 * The hash-chained audit log.
 *
 * <p>Link {@code n} stores {@code hash(n) = SHA-256(hash(n-1) ‖ canonical(n))}, where {@code
 * hash(0)} is 64 zeros and the canonical form is, in UTF-8, each of link number, instant (ISO-8601,
 * UTC), session id, actor, action and detail written as {@code <length>:<text>\n}. Length prefixes
 * make the encoding unambiguous, so no two different rows share a canonical form. Changing,
 * deleting or reordering any row breaks the chain at that link; truncating the tail is only
 * visible against a copy of the head hash kept elsewhere: the {@link LedgerMark}.
 *
 * <p>Threading: called only under the ledger's lock, inside its transaction.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** Appends one link after the current head and returns its hash. */
    static String append(
            Connection connection, Instant at, String sessionId, String actor, String action, String detail)
            throws SQLException {
        long link = 1;
        String previous = GENESIS;
        try (PreparedStatement head =
                        connection.prepareStatement("SELECT link, hash FROM audit_log ORDER BY link DESC LIMIT 1");
                ResultSet rows = head.executeQuery()) {
            if (rows.next()) {
                link = rows.getLong("link") + 1;
                previous = rows.getString("hash");
            }
        }
        String hash = hash(previous, link, at, sessionId, actor, action, detail);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (link, at, session_id, actor, action, detail, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, link);
            SqlTime.set(insert, 2, at);
            insert.setString(3, sessionId);
            insert.setString(4, actor);
            insert.setString(5, action);
            insert.setString(6, detail);
            insert.setString(7, previous);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        return hash;
    }

    /**
     * {@link #verify(Connection)}, then holds the chain against the mark kept outside the file: a
     * chain shorter than the mark, or with another hash at the marked link, was cut or replaced
     * even though every link it still has follows the one before.
     */
    static AuditVerification verify(Connection connection, Optional<LedgerMark> mark) throws SQLException {
        AuditVerification chain = verify(connection);
        if (!chain.intact() || mark.isEmpty()) {
            return chain;
        }
        long marked = mark.get().auditLinks();
        if (chain.links() < marked) {
            return new AuditVerification(chain.links(), false, Optional.of(chain.links() + 1));
        }
        String hash = LedgerMarkCheck.hashAt(connection, marked).orElse(GENESIS);
        return hash.equals(mark.get().auditHead())
                ? chain
                : new AuditVerification(chain.links(), false, Optional.of(Math.max(1, marked)));
    }

    /** Walks every link from the first and reports the first one that does not follow. */
    static AuditVerification verify(Connection connection) throws SQLException {
        long expectedLink = 1;
        String previous = GENESIS;
        try (PreparedStatement all = connection.prepareStatement(
                        "SELECT link, at, session_id, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY link");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                long link = rows.getLong("link");
                String recomputed = hash(
                        previous,
                        link,
                        SqlTime.get(rows, "at"),
                        rows.getString("session_id"),
                        rows.getString("actor"),
                        rows.getString("action"),
                        rows.getString("detail"));
                boolean follows = link == expectedLink
                        && previous.equals(rows.getString("prev_hash"))
                        && recomputed.equals(rows.getString("hash"));
                if (!follows) {
                    return new AuditVerification(expectedLink - 1, false, Optional.of(expectedLink));
                }
                previous = rows.getString("hash");
                expectedLink++;
            }
        }
        return new AuditVerification(expectedLink - 1, true, Optional.empty());
    }

    static String hash(
            String previous, long link, Instant at, String sessionId, String actor, String action, String detail) {
        StringBuilder canonical = new StringBuilder(previous).append('\n');
        for (String field : new String[] {Long.toString(link), at.toString(), sessionId, actor, action, detail}) {
            canonical.append(field.length()).append(':').append(field).append('\n');
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerRefusedException;

/**
 * Appends a session transition to the journal, refusing a gap, a repeat or an entry after the
 * session ended. The primary key {@code (session_id, seq)} backs the check against a concurrent
 * writer.
 *
 * <p>Threading: called only under the ledger's lock, inside its transaction.
 */
final class JournalWriter {
    private JournalWriter() {}

    static void append(Connection connection, JournalEntry entry) throws SQLException {
        requireText(entry.sessionId(), "sessionId");
        long expected = 1;
        boolean known = false;
        try (PreparedStatement find =
                connection.prepareStatement("SELECT last_seq, ended FROM sessions WHERE session_id = ?")) {
            find.setString(1, entry.sessionId());
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    known = true;
                    if (rows.getBoolean("ended")) {
                        throw new LedgerRefusedException("session " + entry.sessionId() + " already ended at seq "
                                + rows.getLong("last_seq") + "; refused seq " + entry.seq());
                    }
                    expected = rows.getLong("last_seq") + 1;
                }
            }
        }
        if (entry.seq() != expected) {
            throw new LedgerRefusedException("journal of session " + entry.sessionId() + " expects seq " + expected
                    + " next, refused seq " + entry.seq() + (entry.seq() < expected ? " (a repeat)" : " (a gap)"));
        }
        if (known) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sessions SET last_seq = ?, ended = ?, updated_at = ? WHERE session_id = ?")) {
                update.setLong(1, entry.seq());
                update.setBoolean(2, entry.ended());
                SqlTime.set(update, 3, entry.at());
                update.setString(4, entry.sessionId());
                update.executeUpdate();
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sessions (session_id, last_seq, ended, started_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.sessionId());
                insert.setLong(2, entry.seq());
                insert.setBoolean(3, entry.ended());
                SqlTime.set(insert, 4, entry.at());
                SqlTime.set(insert, 5, entry.at());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal (session_id, seq, at, from_phase, event, to_phase, snapshot, ended)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.sessionId());
            insert.setLong(2, entry.seq());
            SqlTime.set(insert, 3, entry.at());
            insert.setString(4, requireText(entry.fromPhase(), "fromPhase"));
            insert.setString(5, requireText(entry.event(), "event"));
            insert.setString(6, requireText(entry.toPhase(), "toPhase"));
            insert.setString(7, entry.snapshot() == null ? "" : entry.snapshot());
            insert.setBoolean(8, entry.ended());
            insert.executeUpdate();
        }
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new LedgerRefusedException(name + " must not be blank");
        }
        return value;
    }
}

package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerLostException;

/**
 * Holds the ledger file against its {@link LedgerMark} at open: the file must be there, not
 * empty, the same ledger (same identity, same audit chain up to the marked link) and at least as
 * long (journal entries, audit links). A ledger ahead of its mark is fine: buffered commits and a
 * power cut just after a synced one both leave it so.
 */
final class LedgerMarkCheck {
    private static final String RECOVERY = " The kiosk will not start on it. A technician restores the ledger file"
            + " from a backup and runs kiosk ledger accept, or starts a new ledger with kiosk ledger new"
            + " (docs/operator.md, Ledger lost).";

    private LedgerMarkCheck() {}

    /** Before H2 touches the file: a missing or empty file would otherwise open as a new ledger. */
    static void requirePresent(Path databaseFile, LedgerMark mark, Path markFile) {
        try {
            if (!Files.exists(databaseFile)) {
                throw lost("The ledger file " + databaseFile + " is missing, but " + markFile + " says this kiosk"
                        + " wrote " + mark.describe() + ".");
            }
            if (Files.size(databaseFile) == 0) {
                throw lost("The ledger file " + databaseFile + " is empty (0 bytes), but " + markFile
                        + " says this kiosk wrote " + mark.describe() + ".");
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read the size of " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    /** Where the ledger is now. */
    static LedgerMark current(Connection connection) throws SQLException {
        String id;
        try (PreparedStatement select = connection.prepareStatement("SELECT ledger_id FROM ledger_identity");
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new LedgerLostException("the ledger has no identity row; it was altered by hand");
            }
            id = rows.getString(1);
        }
        long journal;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM journal");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            journal = rows.getLong(1);
        }
        try (PreparedStatement head =
                        connection.prepareStatement("SELECT link, hash FROM audit_log ORDER BY link DESC LIMIT 1");
                ResultSet rows = head.executeQuery()) {
            return rows.next()
                    ? new LedgerMark(id, journal, rows.getLong(1), rows.getString(2))
                    : new LedgerMark(id, journal, 0, AuditChain.GENESIS);
        }
    }

    /**
     * @throws LedgerLostException when {@code now} is another ledger than {@code marked}, or behind it
     */
    static void requireSameAndNotBehind(
            Connection connection, LedgerMark marked, LedgerMark now, Path databaseFile, Path markFile)
            throws SQLException {
        if (!marked.ledgerId().equals(now.ledgerId())) {
            throw lost("The ledger file " + databaseFile + " is another ledger (" + now.ledgerId() + ") than the one"
                    + " this kiosk wrote: " + markFile + " names " + marked.describe() + ".");
        }
        if (now.journalEntries() < marked.journalEntries() || now.auditLinks() < marked.auditLinks()) {
            throw lost("The ledger file " + databaseFile + " is shorter than this kiosk left it: it holds "
                    + now.journalEntries() + " journal entries and " + now.auditLinks() + " audit links, "
                    + markFile + " says " + marked.journalEntries() + " and " + marked.auditLinks() + ".");
        }
        Optional<String> hash = hashAt(connection, marked.auditLinks());
        if (!hash.orElse(AuditChain.GENESIS).equals(marked.auditHead())) {
            throw lost("The ledger file " + databaseFile + " has another history than the one this kiosk wrote: its"
                    + " audit link " + marked.auditLinks() + " differs from the head recorded in " + markFile + ".");
        }
    }

    /** The hash of one audit link; empty for link 0 or a link that is not there. */
    static Optional<String> hashAt(Connection connection, long link) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT hash FROM audit_log WHERE link = ?")) {
            select.setLong(1, link);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static LedgerLostException lost(String what) {
        return new LedgerLostException(what + RECOVERY);
    }
}

package org.cleartrade.ledger.h2;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's error codes on open into a sentence an operator can act on. */
final class H2OpenFailure {
    private H2OpenFailure() {}

    static String describe(SQLException e, Path file) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return "the ledger database " + file + " is in use by another process; stop it first ("
                        + H2Ledger.firstLine(e) + ")";
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return "the ledger database " + file + " is corrupted or not an H2 database; restore it from a"
                        + " backup (" + H2Ledger.firstLine(e) + ")";
            default:
                return "cannot open the ledger database " + file + ": " + H2Ledger.firstLine(e);
        }
    }
}

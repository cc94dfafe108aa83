package org.cleartrade.ledger.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.operator.LoginState;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.PinHash;
import org.cleartrade.core.operator.Role;

/**
 * Staff accounts and sign-in state in the {@code operators} and {@code operator_logins} tables.
 *
 * <p>Threading: called only under the ledger's lock.
 */
final class OperatorRows {
    private final Connection connection;

    OperatorRows(Connection connection) {
        this.connection = connection;
    }

    Optional<OperatorAccount> find(String operatorId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT operator_id, display_name, role, pin_hash FROM operators WHERE operator_id = ?")) {
            find.setString(1, operatorId);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OperatorAccount(
                        rows.getString("operator_id"),
                        rows.getString("display_name"),
                        Role.valueOf(rows.getString("role")),
                        PinHash.parse(rows.getString("pin_hash"))));
            }
        }
    }

    void save(OperatorAccount account, Instant now) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO operators (operator_id, display_name, role, pin_hash, updated_at) KEY (operator_id)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, account.operatorId());
            merge.setString(2, account.displayName());
            merge.setString(3, account.role().name());
            merge.setString(4, account.pin().encode());
            SqlTime.set(merge, 5, now);
            merge.executeUpdate();
        }
    }

    LoginState loginState(String operatorId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT consecutive_failures, locked_until FROM operator_logins WHERE operator_id = ?")) {
            find.setString(1, operatorId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next()
                        ? new LoginState(rows.getInt("consecutive_failures"), SqlTime.getNullable(rows, "locked_until"))
                        : LoginState.CLEAN;
            }
        }
    }

    void saveLoginState(String operatorId, LoginState state) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO operator_logins (operator_id, consecutive_failures, locked_until) KEY (operator_id)"
                        + " VALUES (?, ?, ?)")) {
            merge.setString(1, operatorId);
            merge.setInt(2, state.consecutiveFailures());
            SqlTime.setNullable(merge, 3, state.lockedUntil());
            merge.executeUpdate();
        }
    }
}

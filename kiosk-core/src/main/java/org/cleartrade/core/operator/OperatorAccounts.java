package org.cleartrade.core.operator;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Staff accounts and their sign-in state; implemented by the ledger so both survive restarts.
 *
 * <p>Threading: safe for concurrent use.
 */
public interface OperatorAccounts {

    Optional<OperatorAccount> find(String operatorId);

    /** Adds or replaces an account (the PIN is already hashed). */
    void save(OperatorAccount account);

    /** The sign-in state of an id, known or not: unknown ids are throttled too. */
    LoginState loginState(String operatorId);

    void saveLoginState(String operatorId, LoginState state);

    /**
     * Reads the sign-in state of an id, applies {@code change} and stores the result, atomically
     * with respect to every other call for that id, durably before it returns; returns the stored
     * state. {@code change} must be quick and free of side effects: it may be called under a lock.
     */
    LoginState updateLoginState(String operatorId, UnaryOperator<LoginState> change);
}

package org.cleartrade.core.operator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Accounts in maps, safe for concurrent use like the ledger's. */
final class InMemoryOperatorAccounts implements OperatorAccounts {
    private final Map<String, OperatorAccount> accounts = new HashMap<>();
    private final Map<String, LoginState> states = new HashMap<>();

    @Override
    public synchronized Optional<OperatorAccount> find(String operatorId) {
        return Optional.ofNullable(accounts.get(operatorId));
    }

    @Override
    public synchronized void save(OperatorAccount account) {
        accounts.put(account.operatorId(), account);
    }

    @Override
    public synchronized LoginState loginState(String operatorId) {
        return states.getOrDefault(operatorId, LoginState.CLEAN);
    }

    @Override
    public synchronized void saveLoginState(String operatorId, LoginState state) {
        states.put(operatorId, state);
    }

    @Override
    public synchronized LoginState updateLoginState(String operatorId, UnaryOperator<LoginState> change) {
        LoginState next = change.apply(loginState(operatorId));
        states.put(operatorId, next);
        return next;
    }
}

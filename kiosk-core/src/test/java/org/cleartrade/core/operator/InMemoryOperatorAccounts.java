package org.cleartrade.core.operator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryOperatorAccounts implements OperatorAccounts {
    private final Map<String, OperatorAccount> accounts = new HashMap<>();
    private final Map<String, LoginState> states = new HashMap<>();

    @Override
    public Optional<OperatorAccount> find(String operatorId) {
        return Optional.ofNullable(accounts.get(operatorId));
    }

    @Override
    public void save(OperatorAccount account) {
        accounts.put(account.operatorId(), account);
    }

    @Override
    public LoginState loginState(String operatorId) {
        return states.getOrDefault(operatorId, LoginState.CLEAN);
    }

    @Override
    public void saveLoginState(String operatorId, LoginState state) {
        states.put(operatorId, state);
    }
}

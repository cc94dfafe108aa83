package org.cleartrade.core.operator;

/** A member of staff who may sign in at this kiosk. */
public record OperatorAccount(String operatorId, String displayName, Role role, PinHash pin) {
    public OperatorAccount {
        if (!operatorId.matches("[A-Za-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("operator id must be 1-32 letters, digits or '-'");
        }
    }
}

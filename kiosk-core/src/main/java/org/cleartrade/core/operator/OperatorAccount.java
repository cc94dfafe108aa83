package org.cleartrade.core.operator;

/** A member of staff who may sign in at this kiosk. */
public record OperatorAccount(String operatorId, String displayName, Role role, PinHash pin) {

    /** What an operator id may look like; anything else is refused before it reaches storage. */
    public static final String ID_PATTERN = "[A-Za-z0-9-]{1,32}";

    public OperatorAccount {
        if (!operatorId.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("operator id must be 1-32 letters, digits or '-'");
        }
    }
}

package org.cleartrade.ui.operator;

/** The operator screens, in the order an operator usually meets them. */
public enum OperatorPage {
    /** Operator id and PIN. */
    PIN,
    /** Every bin: what the controller reports and what the ledger says it holds. */
    BINS,
    /** One bin open: scan each phone out, then close and verify. */
    RESTOCK,
    /** The signed custody manifest of the restock, printed or not. */
    FINISH,
    /** Reprint, void, self-test, export. */
    SERVICE
}

package org.cleartrade.core.operator;

import java.time.Instant;

/** Something the restock found that does not match the ledger; each one is audited. */
public record Discrepancy(Kind kind, int bin, String detail, Instant at) {

    public enum Kind {
        /** The ledger says the bin holds a phone; the occupancy sensor says it is empty. */
        MISSING_PHONE,
        /** A scanned phone belongs to no trade in this bin. */
        UNKNOWN_PHONE,
        /** A phone still within its police hold was asked to leave. */
        ON_HOLD,
        /** The latch did not reach the state it was commanded to. */
        LATCH_JAMMED,
        /** The door was seen open while the latch was locked. */
        TAMPER,
        /** The bin still reports a phone after every expected phone was released. */
        LEFT_IN_BIN
    }
}

package org.cleartrade.backoffice.outbox;

import java.time.Instant;
import org.cleartrade.core.ledger.Ledger;

/** In-memory outbox ledgers for tests outside this package. */
public final class OutboxLedgers {

    private OutboxLedgers() {}

    public static Ledger withOneMessage() {
        OutboxLedger ledger = new OutboxLedger();
        ledger.add(
                "session-ended", "{\"type\":\"session-ended\",\"version\":1}", Instant.parse("2026-11-23T09:00:00Z"));
        return ledger;
    }
}

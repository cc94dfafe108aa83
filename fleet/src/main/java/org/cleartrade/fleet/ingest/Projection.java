package org.cleartrade.fleet.ingest;

import org.jdbi.v3.core.Handle;

/** What one checked outbox document changes in the fleet's tables, applied inside the ingest transaction. */
@FunctionalInterface
interface Projection {
    void apply(Handle handle, String kioskId, long seq);
}

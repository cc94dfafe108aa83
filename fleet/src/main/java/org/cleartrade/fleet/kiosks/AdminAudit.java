package org.cleartrade.fleet.kiosks;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Appends to the fleet's record of what administrators and enrolling kiosks did. */
public final class AdminAudit {

    private AdminAudit() {}

    /** Inside the caller's transaction, so the record and the change it describes go together. */
    public static void record(Handle handle, Instant at, String actor, String action, String detail) {
        handle.createUpdate(
                        "INSERT INTO admin_audit (at, actor, action, detail) VALUES (:at, :actor, :action, :detail)")
                .bind("at", at)
                .bind("actor", actor)
                .bind("action", action)
                .bind("detail", detail)
                .execute();
    }
}

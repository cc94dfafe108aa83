package org.cleartrade.core.session;

/**
 * Told about every snapshot the runner publishes, after its transition is committed to the ledger.
 * Called on the runner's thread: a UI hops to its own thread before touching widgets, and must not
 * block.
 */
@FunctionalInterface
public interface SessionListener {
    void onSnapshot(SessionSnapshot snapshot);

    /**
     * The ledger failed and kept failing through every retry: the session cannot persist and
     * takes no more events. Called once; the kiosk shows its out-of-service screen and exits so
     * that the service manager restarts it, and the restart resumes the session from the journal.
     */
    default void onLedgerFailed(String reason) {}
}

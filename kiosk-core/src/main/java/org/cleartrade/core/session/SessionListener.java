package org.cleartrade.core.session;

/**
 * Told about every snapshot the runner publishes, after its transition is committed to the ledger.
 * Called on the runner's thread: a UI hops to its own thread before touching widgets, and must not
 * block.
 */
@FunctionalInterface
public interface SessionListener {
    void onSnapshot(SessionSnapshot snapshot);
}

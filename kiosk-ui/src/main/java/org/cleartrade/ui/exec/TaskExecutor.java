package org.cleartrade.ui.exec;

/**
 * Where the UI sends work. Device and database calls go to {@link #runInBackground}; whatever
 * changes a property that a view is bound to comes back through {@link #runOnUi}.
 *
 * <p>Threading: the JavaFX application thread never waits on a device or the ledger. Production
 * uses {@link FxTaskExecutor}; tests and the screenshot tour use {@link CurrentThreadTaskExecutor}
 * so that a journey is deterministic without sleeps.
 */
public interface TaskExecutor {

    /** Runs {@code work} away from the UI thread. Failures are logged, never swallowed silently. */
    void runInBackground(Runnable work);

    /** Runs {@code work} on the UI thread. */
    void runOnUi(Runnable work);
}

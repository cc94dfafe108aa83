package org.cleartrade.core.session;

import java.time.Duration;

/**
 * Runs a task once after a delay. The kiosk passes one backed by a scheduled executor; tests and
 * the journey driver pass one driven by a fake clock, so no test ever sleeps.
 */
@FunctionalInterface
public interface Scheduler {

    /** Schedules {@code task}; the returned handle cancels it if it has not started. */
    Cancellable schedule(Duration delay, Runnable task);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}

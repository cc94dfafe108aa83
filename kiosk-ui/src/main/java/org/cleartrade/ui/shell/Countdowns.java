package org.cleartrade.ui.shell;

import java.time.Clock;
import java.time.Duration;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.ui.exec.TaskExecutor;

/**
 * The time a countdown on screen is read against, and its once-a-second tick, from the kiosk's own
 * clock and scheduler: in tests both are the manual clock, so a countdown moves only when the test
 * moves time, and nothing sleeps.
 *
 * <p>Threading: ticks are handed to the UI thread.
 */
public final class Countdowns {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final Clock clock;
    private final Scheduler scheduler;
    private final TaskExecutor executor;

    public Countdowns(Clock clock, Scheduler scheduler, TaskExecutor executor) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code tick} on the UI thread once a second, for as long as the kiosk runs. */
    public void everySecond(Runnable tick) {
        scheduler.schedule(SECOND, () -> {
            executor.runOnUi(tick);
            everySecond(tick);
        });
    }
}

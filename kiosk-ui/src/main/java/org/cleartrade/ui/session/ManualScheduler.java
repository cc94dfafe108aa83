package org.cleartrade.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.session.Scheduler;

/**
 * A {@link Scheduler} and {@link Clock} that only move when told to: the journeys, the screenshot
 * tour and the tests advance time explicitly, so timeouts fire deterministically and nothing
 * sleeps. Tasks run on the thread that calls {@link #runDue()} or {@link #advance}.
 *
 * <p>Threading: safe to schedule from any thread; time moves on one.
 */
public final class ManualScheduler extends Clock implements Scheduler {

    private record Task(long order, Instant due, Runnable work) {}

    private final ZoneId zone;
    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long order;

    public ManualScheduler(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable work) {
        Task task = new Task(order++, now.plus(delay.isNegative() ? Duration.ZERO : delay), work);
        tasks.add(task);
        return () -> {
            synchronized (this) {
                tasks.remove(task);
            }
        };
    }

    /** Runs every task due now, including tasks they schedule for now; returns how many ran. */
    public int runDue() {
        int ran = 0;
        Optional<Task> next;
        while ((next = nextDue()).isPresent()) {
            next.get().work().run();
            ran++;
            if (ran > 10_000) {
                throw new IllegalStateException(
                        "more than 10000 tasks due at " + now + ": a task reschedules itself at zero delay");
            }
        }
        return ran;
    }

    /** Moves time forward by {@code step}, running each task at its due time. */
    public void advance(Duration step) {
        Instant target = now.plus(step);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream()
                        .filter(t -> !t.due().isAfter(target))
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::order))
                        .orElse(null);
                if (next == null) {
                    now = target;
                    break;
                }
                tasks.remove(next);
                if (next.due().isAfter(now)) {
                    now = next.due();
                }
            }
            next.work().run();
        }
        runDue();
    }

    /**
     * Moves time forward without running anything: a device call that waits (a servo moving, a
     * phone rebooting) takes this long; timers that fell due run at the next {@link #runDue}.
     */
    public synchronized void skip(Duration step) {
        now = now.plus(step);
    }

    /** Tasks waiting, due or not. */
    public synchronized int pending() {
        return tasks.size();
    }

    private synchronized Optional<Task> nextDue() {
        Optional<Task> due = tasks.stream()
                .filter(t -> !t.due().isAfter(now))
                .min(Comparator.comparing(Task::due).thenComparingLong(Task::order));
        due.ifPresent(tasks::remove);
        return due;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the manual clock keeps the kiosk's zone");
    }
}

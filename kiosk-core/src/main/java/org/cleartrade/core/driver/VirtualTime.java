package org.cleartrade.core.driver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import org.cleartrade.core.session.Scheduler;

/**
 * Simulated time for headless journeys and tests: a clock that moves only when told, and a
 * scheduler whose tasks run when the clock reaches them. Nothing sleeps, so a journey with
 * minutes of seller think time runs in microseconds and always the same way.
 *
 * <p>Threading: thread-safe; tasks run on the thread that calls {@link #runNext} or {@link
 * #advance}, outside the lock.
 */
public final class VirtualTime implements Scheduler {

    private final Object lock = new Object();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final VirtualClock clock;
    private long order;
    private Instant now;

    public VirtualTime(Instant start) {
        this.clock = new VirtualClock(this, ZoneOffset.UTC);
        this.now = start;
    }

    private static final class Task implements Comparable<Task>, Cancellable {
        final Instant due;
        final long order;
        final Runnable body;
        volatile boolean cancelled;

        Task(Instant due, long order, Runnable body) {
            this.due = due;
            this.order = order;
            this.body = body;
        }

        @Override
        public int compareTo(Task o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : Long.compare(order, o.order);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        synchronized (lock) {
            Task t = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), order++, task);
            tasks.add(t);
            return t;
        }
    }

    /** Moves the clock without running anything: a device taking its time. */
    public void pause(Duration duration) {
        synchronized (lock) {
            now = now.plus(duration);
        }
    }

    /**
     * Runs the earliest task, moving the clock to its time if that is later than now.
     *
     * @return false when no task is pending
     */
    public boolean runNext() {
        Task next;
        synchronized (lock) {
            do {
                next = tasks.poll();
            } while (next != null && next.cancelled);
            if (next == null) {
                return false;
            }
            if (next.due.isAfter(now)) {
                now = next.due;
            }
        }
        next.body.run();
        return true;
    }

    /** Runs every task due within {@code duration}, in time order, and leaves the clock at its end. */
    public void advance(Duration duration) {
        Instant end = now().plus(duration);
        while (true) {
            synchronized (lock) {
                Task head = tasks.peek();
                while (head != null && head.cancelled) {
                    tasks.poll();
                    head = tasks.peek();
                }
                if (head == null || head.due.isAfter(end)) {
                    if (now.isBefore(end)) {
                        now = end;
                    }
                    return;
                }
            }
            runNext();
        }
    }

    /** Runs tasks until none is due at the current instant. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** How many uncancelled tasks wait. */
    public int pending() {
        synchronized (lock) {
            return (int) tasks.stream().filter(t -> !t.cancelled).count();
        }
    }

    private static final class VirtualClock extends Clock {
        private final VirtualTime time;
        private final ZoneId zone;

        VirtualClock(VirtualTime time, ZoneId zone) {
            this.time = time;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new VirtualClock(time, other);
        }

        @Override
        public Instant instant() {
            return time.now();
        }
    }
}

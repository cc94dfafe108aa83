package org.cleartrade.core.operator;

import java.time.Duration;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;

/**
 * Waits for a commanded bolt to arrive. A servo takes a few hundred milliseconds to move, so the
 * status read right after {@code lock} still shows the bolt open; reading it as a jam would flag
 * every restock. The bin is polled until the bolt matches the command or the controller reports a
 * jam, for at most {@link #MAX_POLLS} polls {@link #POLL} apart.
 *
 * <p>Threading: blocks the caller (the operator console's worker thread) while it waits.
 */
public final class BoltWatch {

    /** Waits between polls: {@code Thread::sleep} in the kiosk, a step of a fake clock in tests. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Duration POLL = Duration.ofMillis(100);
    /** 3 s: longer than any servo travel, and than the controller's jam timeout. */
    static final int MAX_POLLS = 30;

    private final Pause pause;

    public BoltWatch(Pause pause) {
        this.pause = pause;
    }

    /** Sleeps between polls on the calling thread. */
    public static BoltWatch sleeping() {
        return new BoltWatch(d -> Thread.sleep(d.toMillis()));
    }

    /** The bin's status once its bolt is {@code locked} (or jammed, or the wait ran out). */
    public BinStatus await(BinLatch latch, int bin, boolean locked) {
        BinStatus status = latch.status(bin);
        for (int i = 0; i < MAX_POLLS && status.locked() != locked && !status.jammed(); i++) {
            try {
                pause.pause(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = latch.status(bin);
        }
        return status;
    }
}

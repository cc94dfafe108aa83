package org.cleartrade.deviceio.dock.ios;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds a blocking read on a Unix socket, which has no read timeout of its own: when the time is
 * up the socket is closed, the read fails, and {@link Armed#expired()} tells the caller why. One
 * daemon thread serves every connection.
 */
final class Watchdog {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "iphone-dock-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {}

    /** Closes {@code connection} after {@code timeout} unless disarmed first. */
    static Armed arm(Closeable connection, Duration timeout) {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> future = TIMER.schedule(
                () -> {
                    fired.set(true);
                    try {
                        connection.close();
                    } catch (IOException e) {
                        // Closing is all the watchdog can do; the blocked read reports the failure.
                    }
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Armed(future, fired, timeout);
    }

    /** A running watchdog. */
    static final class Armed implements AutoCloseable {
        private final ScheduledFuture<?> future;
        private final AtomicBoolean fired;
        private final Duration timeout;

        private Armed(ScheduledFuture<?> future, AtomicBoolean fired, Duration timeout) {
            this.future = future;
            this.fired = fired;
            this.timeout = timeout;
        }

        boolean expired() {
            return fired.get();
        }

        /** The exception to throw instead of {@code cause} when the watchdog closed the socket. */
        IOException explain(IOException cause, String what) {
            return expired()
                    ? new IOException(what + ": no answer within " + timeout.toMillis() + " ms", cause)
                    : cause;
        }

        @Override
        public void close() {
            future.cancel(false);
        }
    }
}

package org.cleartrade.core.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The kiosk's own limit on wrong PINs, whichever ids they are typed for: at most {@code
 * maxFailures} in any {@code window}; past that the pad takes no PIN until the oldest of them
 * leaves the window. The pad sits on a screen a seller can reach, so without it one person could
 * guess across many ids, or keep every staff id locked out by typing a few wrong PINs for each.
 * Kept in memory: a restart empties it, while the per-id lockouts stay in the ledger.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class PinPadThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();

    public PinPadThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need maxFailures >= 1 and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Five wrong PINs in ten minutes: enough for staff who mistype, far too few to guess or to lock everyone out. */
    public static PinPadThrottle standard() {
        return new PinPadThrottle(5, Duration.ofMinutes(10));
    }

    /** Until when the pad takes no PIN; empty when it takes one now. */
    public synchronized Optional<Instant> pausedUntil(Instant now) {
        forgetBefore(now);
        return failures.size() >= maxFailures ? Optional.of(failures.peekFirst().plus(window)) : Optional.empty();
    }

    public synchronized void failed(Instant now) {
        forgetBefore(now);
        failures.addLast(now);
    }

    /** A right PIN: staff are at the pad, so earlier slips are forgiven. */
    public synchronized void succeeded() {
        failures.clear();
    }

    private void forgetBefore(Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(window).isAfter(now)) {
            failures.removeFirst();
        }
    }
}

package org.cleartrade.ledger.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves forward by a fixed step each time it is read, so every entry has its own time. */
public final class StepClock extends Clock {
    private final AtomicReference<Instant> now;
    private final Duration step;

    public StepClock(Instant start, Duration step) {
        this.now = new AtomicReference<>(start);
        this.step = step;
    }

    public static StepClock startingAt(String isoInstant) {
        return new StepClock(Instant.parse(isoInstant), Duration.ofMillis(1));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a step clock is always UTC");
    }
}

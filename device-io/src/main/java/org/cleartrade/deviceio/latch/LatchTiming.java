package org.cleartrade.deviceio.latch;

import java.time.Duration;
import java.util.Objects;

/**
 * The controller's timing, the same three values the firmware keeps in its holding registers.
 *
 * @param relockAfter how long an unlocked bin may stay unlocked with its door closed before the
 *     controller locks it by itself; the count restarts whenever the door closes
 * @param jamAfter how long the latch feedback may disagree with the command before the bin is
 *     reported jammed
 * @param servoTravel how long the servo takes to move the bolt (the simulator's physics; the
 *     firmware reads real feedback instead)
 */
public record LatchTiming(Duration relockAfter, Duration jamAfter, Duration servoTravel) {

    /** Thirty seconds to relock, 800 ms to call a jam, 300 ms of servo travel. */
    public static final LatchTiming DEFAULT =
            new LatchTiming(Duration.ofSeconds(30), Duration.ofMillis(800), Duration.ofMillis(300));

    public LatchTiming {
        Objects.requireNonNull(relockAfter, "relockAfter");
        Objects.requireNonNull(jamAfter, "jamAfter");
        Objects.requireNonNull(servoTravel, "servoTravel");
        if (relockAfter.compareTo(Duration.ofSeconds(1)) < 0 || relockAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("relockAfter must be 1 s to 1 h, was " + relockAfter);
        }
        if (jamAfter.compareTo(Duration.ofMillis(100)) < 0 || jamAfter.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("jamAfter must be 100 ms to 10 s, was " + jamAfter);
        }
        if (servoTravel.isNegative() || servoTravel.compareTo(jamAfter) >= 0) {
            throw new IllegalArgumentException(
                    "servoTravel must be at least 0 and shorter than jamAfter (" + jamAfter + "), was " + servoTravel);
        }
    }
}

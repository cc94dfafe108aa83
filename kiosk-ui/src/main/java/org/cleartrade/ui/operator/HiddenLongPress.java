package org.cleartrade.ui.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The attract screen's hidden staff entry: a press on the logo corner held for {@link #HOLD} and
 * then released. Sellers never find it by accident; staff are told. Time comes from the events, so
 * tests need no clock and no waiting.
 *
 * <p>Threading: UI thread only.
 */
final class HiddenLongPress {

    static final Duration HOLD = Duration.ofSeconds(3);
    /** The corner square, in screen pixels of the 1080x1920 layout, where the logo sits. */
    static final double CORNER = 200;

    private Optional<Instant> pressedAt = Optional.empty();

    void pressed(double x, double y, Instant at) {
        pressedAt = x >= 0 && y >= 0 && x < CORNER && y < CORNER ? Optional.of(at) : Optional.empty();
    }

    /** Whether this release completes the gesture. */
    boolean released(Instant at) {
        boolean held =
                pressedAt.map(p -> Duration.between(p, at).compareTo(HOLD) >= 0).orElse(false);
        pressedAt = Optional.empty();
        return held;
    }

    /** A press that moved off the corner or was cancelled no longer counts. */
    void cancel() {
        pressedAt = Optional.empty();
    }
}

package org.cleartrade.deviceio.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.cleartrade.deviceio.testing.MutableClock;
import org.junit.jupiter.api.Test;

class BusBinLatchTest {

    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-04T10:00:00Z"));
    private final SimulatedBinLatch first = new SimulatedBinLatch(4, LatchTiming.DEFAULT, clock, clock::advance);
    private final SimulatedBinLatch second = new SimulatedBinLatch(2, LatchTiming.DEFAULT, clock, clock::advance);
    private final BusBinLatch bus = new BusBinLatch(List.of(first, second));

    @Test
    void numbersTheBinsOfEveryControllerOnInTheOrderGiven() {
        assertThat(bus.binCount()).isEqualTo(6);

        bus.unlock(5);
        clock.advance(Duration.ofSeconds(1));

        assertThat(second.status(1).locked()).isFalse();
        assertThat(first.status(1).locked()).isTrue();
        assertThat(bus.status(5).bin()).isEqualTo(5);
        assertThat(bus.status(5).locked()).isFalse();
    }

    @Test
    void aLastBinOnTheFirstControllerStaysThere() {
        bus.unlock(4);
        bus.unlock(6);
        clock.advance(Duration.ofSeconds(1));
        second.openDoor(2);
        second.putPhone(2);

        assertThat(first.status(4).locked()).isFalse();
        assertThat(bus.status(6).occupied()).isTrue();
        assertThat(bus.status(4).occupied()).isFalse();
    }

    @Test
    void refusesABinBeyondTheLastController() {
        assertThatThrownBy(() -> bus.status(7)).hasMessage("bin must be 1 to 6, was 7");
        assertThatThrownBy(() -> bus.lock(0)).hasMessage("bin must be 1 to 6, was 0");
    }
}

package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.latch.BinStatus;
import org.junit.jupiter.api.Test;

class BoltWatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final SimulatedBinLatch latch = new SimulatedBinLatch(2, LatchTiming.DEFAULT, clock, d -> {});
    private final BoltWatch bolts = new BoltWatch(clock::advance);

    @Test
    void waitsForTheServoInsteadOfReportingAMovingBoltAsJammed() {
        latch.unlock(1);
        assertThat(latch.status(1).locked()).isTrue();

        BinStatus unlocked = bolts.await(latch, 1, false);

        assertThat(unlocked.locked()).isFalse();
        assertThat(unlocked.jammed()).isFalse();
        latch.lock(1);
        assertThat(bolts.await(latch, 1, true).secured()).isTrue();
    }

    @Test
    void stopsWaitingAsSoonAsTheControllerReportsAJam() {
        latch.jamLatch(2);
        Instant before = clock.instant();
        latch.unlock(2);

        BinStatus status = bolts.await(latch, 2, false);

        assertThat(status.jammed()).isTrue();
        assertThat(Duration.between(before, clock.instant())).isLessThan(Duration.ofSeconds(1));
    }
}

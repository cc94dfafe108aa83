package org.cleartrade.deviceio.latch;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;

/** The contract on the in-process simulator; time moves by clock, nothing sleeps. */
class SimulatedBinLatchContractTest extends BinLatchContract {

    @Override
    protected LatchWorld createWorld() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
        SimulatedBinLatch latch = new SimulatedBinLatch(
                4,
                new LatchTiming(LatchWorld.RELOCK, LatchWorld.JAM, Duration.ofMillis(300)),
                clock,
                d -> fail("no response delay was scripted"));
        return new LatchWorld() {
            @Override
            public BinLatch latch() {
                return latch;
            }

            @Override
            public void openDoor(int bin) {
                if (latch.status(bin).locked()) {
                    latch.forceDoorOpen(bin);
                } else {
                    latch.openDoor(bin);
                }
            }

            @Override
            public void closeDoor(int bin) {
                latch.closeDoor(bin);
            }

            @Override
            public void putPhone(int bin) {
                latch.putPhone(bin);
            }

            @Override
            public void jamBolt(int bin) {
                latch.jamLatch(bin);
            }

            @Override
            public void freeBolt(int bin) {
                latch.freeLatch(bin);
            }

            @Override
            public void powerCycle() {
                latch.powerCycle();
            }

            @Override
            public void elapse(Duration duration) {
                clock.advance(duration);
            }

            @Override
            public BinStatus await(int bin, Predicate<BinStatus> condition) {
                Duration waited = Duration.ZERO;
                BinStatus s = latch.status(bin);
                while (!condition.test(s)) {
                    if (waited.compareTo(deadline()) >= 0) {
                        return fail("bin %d never reached the expected state; last %s", bin, s);
                    }
                    clock.advance(Duration.ofMillis(10));
                    waited = waited.plusMillis(10);
                    s = latch.status(bin);
                }
                return s;
            }

            @Override
            public void close() {}
        };
    }
}

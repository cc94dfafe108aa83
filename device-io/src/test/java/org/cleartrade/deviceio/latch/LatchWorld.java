package org.cleartrade.deviceio.latch;

import java.time.Duration;
import java.util.function.Predicate;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;

/**
 * A latch controller together with the physical bins around it, so one scenario can run against
 * the in-process simulator and against the firmware in simavr. Relock timeout: 1 s; jam time:
 * 800 ms.
 */
public interface LatchWorld extends AutoCloseable {
    Duration RELOCK = Duration.ofSeconds(1);
    Duration JAM = Duration.ofMillis(800);

    BinLatch latch();

    /** The door swings open (pried open if the bolt holds it). */
    void openDoor(int bin);

    void closeDoor(int bin);

    void putPhone(int bin);

    void jamBolt(int bin);

    void freeBolt(int bin);

    void powerCycle();

    /** Lets time pass: real time for the firmware, a moved clock for the simulator. */
    void elapse(Duration duration);

    /** Waits (boundedly) until the bin's status satisfies the condition, and returns it. */
    BinStatus await(int bin, Predicate<BinStatus> condition);

    @Override
    void close();
}

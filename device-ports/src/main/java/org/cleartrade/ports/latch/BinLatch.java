package org.cleartrade.ports.latch;

/**
 * A bank of bins, each closed by a door that a servo latch holds shut.
 *
 * <p>The controller is fail-secure: it powers on locked, locks only while the door is closed and
 * relocks by itself when an unlocked door stays closed past its timeout. Bins are numbered from 1.
 *
 * <p>Threading: implementations are safe to call from one thread at a time; callers serialize.
 * Every method may block for a bounded time and throws {@link LatchException} when the controller
 * cannot be reached or refuses.
 */
public interface BinLatch {

    /** How many bins this controller drives. */
    int binCount();

    /** Reads door, latch, occupancy and fault flags of one bin. */
    BinStatus status(int bin);

    /** Releases the latch so the door can be opened. */
    void unlock(int bin);

    /** Engages the latch; refused with {@link LatchException} while the door is open. */
    void lock(int bin);
}

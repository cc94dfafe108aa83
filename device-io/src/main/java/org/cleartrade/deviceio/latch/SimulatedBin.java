package org.cleartrade.deviceio.latch;

import java.time.Duration;
import java.time.Instant;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;

/**
 * One bin of the simulated controller: the physical door, phone and bolt, and the controller's
 * command, timers and tamper flag. Evaluated lazily: {@link #advance(Instant)} plays the rules
 * forward to the given instant, so no thread or timer is needed. Not thread-safe; {@link
 * SimulatedBinLatch} guards it.
 *
 * <p>Rules, the same as the firmware's:
 *
 * <ol>
 *   <li>The bolt follows the command after the servo's travel time, unless it is stuck.
 *   <li>An unlocked bin whose door has been closed for the relock timeout is locked again; the
 *       count restarts whenever the door closes and does not run while it is open.
 *   <li>Jammed: the bolt still disagrees with the command a jam time after the command.
 *   <li>Tamper: the door was seen open while the bolt was engaged; it stays set until the next
 *       unlock command or a power cycle.
 * </ol>
 */
final class SimulatedBin {
    private final int number;
    private final LatchTiming timing;

    boolean doorClosed = true;
    boolean occupied;
    boolean boltEngaged = true;
    boolean boltStuck;
    boolean commandedLocked = true;
    boolean tamper;
    private Instant commandedAt;
    private Instant relockCountFrom;

    SimulatedBin(int number, LatchTiming timing, Instant now) {
        this.number = number;
        this.timing = timing;
        this.commandedAt = now;
        this.relockCountFrom = now;
    }

    /** Plays the rules forward to {@code now}; whether the bolt or the command changed. */
    boolean advance(Instant now) {
        boolean bolt = boltEngaged;
        boolean command = commandedLocked;
        moveBolt(now);
        if (!commandedLocked && doorClosed) {
            Instant relockAt = relockCountFrom.plus(timing.relockAfter());
            if (!now.isBefore(relockAt)) {
                commandedLocked = true;
                commandedAt = relockAt;
                moveBolt(now);
            }
        }
        return bolt != boltEngaged || command != commandedLocked;
    }

    private void moveBolt(Instant now) {
        if (!boltStuck && boltEngaged != commandedLocked && !now.isBefore(commandedAt.plus(timing.servoTravel()))) {
            boltEngaged = commandedLocked;
        }
    }

    void commandUnlock(Instant now) {
        commandedLocked = false;
        commandedAt = now;
        relockCountFrom = now;
        tamper = false;
    }

    void commandLock(Instant now) {
        if (!doorClosed) {
            throw new LatchException("bin " + number + ": lock refused, the door is open");
        }
        if (!commandedLocked) {
            commandedLocked = true;
            commandedAt = now;
        }
    }

    void powerOn(Instant now) {
        commandedLocked = doorClosed;
        commandedAt = now;
        relockCountFrom = now;
        tamper = false;
    }

    void closeDoor(Instant now) {
        if (!doorClosed) {
            doorClosed = true;
            relockCountFrom = now;
        }
    }

    void openDoor(boolean force) {
        if (doorClosed && boltEngaged && !force) {
            throw new IllegalStateException("bin " + number + ": the latch is engaged, the door does not open");
        }
        if (doorClosed && boltEngaged) {
            tamper = true;
        }
        doorClosed = false;
    }

    void placePhone(boolean present) {
        if (doorClosed) {
            throw new IllegalStateException("bin " + number + ": the door is closed");
        }
        occupied = present;
    }

    /**
     * Restores a state read from a snapshot; timers start again from {@code now}. The controller is
     * its own board and kept running while the kiosk was down, so a free bolt has finished the
     * travel it was making.
     */
    void restore(
            boolean door, boolean phone, boolean bolt, boolean stuck, boolean locked, boolean tampered, Instant now) {
        doorClosed = door;
        occupied = phone;
        boltEngaged = stuck ? bolt : locked;
        boltStuck = stuck;
        commandedLocked = locked;
        tamper = tampered;
        commandedAt = now;
        relockCountFrom = now;
    }

    BinStatus status(Instant now) {
        boolean jammed = boltEngaged != commandedLocked && !now.isBefore(commandedAt.plus(timing.jamAfter()));
        return new BinStatus(number, doorClosed, boltEngaged, occupied, jammed, tamper);
    }

    Duration relockRemaining(Instant now) {
        if (commandedLocked || !doorClosed) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, relockCountFrom.plus(timing.relockAfter()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

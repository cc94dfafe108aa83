package org.cleartrade.deviceio.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link BinLatch} follows, the firmware's and the simulator's alike: each
 * subclass runs these scenarios against its own world.
 */
public abstract class BinLatchContract {
    private LatchWorld world;
    private BinLatch latch;

    protected abstract LatchWorld createWorld() throws Exception;

    @BeforeEach
    void openWorld() throws Exception {
        world = createWorld();
        latch = world.latch();
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void powersOnWithFourClosedEmptySecuredBins() {
        assertThat(latch.binCount()).isEqualTo(4);
        for (int bin = 1; bin <= 4; bin++) {
            BinStatus s = latch.status(bin);
            assertThat(s.secured()).as("bin %d", bin).isTrue();
            assertThat(s.occupied()).as("bin %d", bin).isFalse();
        }
    }

    @Test
    void securesAPhoneDepositedThroughUnlockOpenPutCloseLock() {
        latch.unlock(1);
        world.await(1, s -> !s.locked());
        world.openDoor(1);
        world.putPhone(1);
        world.closeDoor(1);

        latch.lock(1);

        BinStatus s = world.await(1, BinStatus::secured);
        assertThat(s.occupied()).isTrue();
        assertThat(s.tamper()).isFalse();
    }

    @Test
    void refusesToLockAndNeverRelocksWhileTheDoorStandsOpen() {
        latch.unlock(3);
        world.await(3, s -> !s.locked());
        world.openDoor(3);
        world.await(3, s -> !s.doorClosed());

        assertThatThrownBy(() -> latch.lock(3))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("bin 3: lock refused, the door is open");
        world.elapse(LatchWorld.RELOCK.multipliedBy(2));
        assertThat(latch.status(3).locked()).isFalse();

        world.closeDoor(3);
        assertThat(world.await(3, BinStatus::secured).tamper()).isFalse();
    }

    @Test
    void relocksByItselfWhenAnUnlockedDoorIsNeverOpened() {
        latch.unlock(2);
        world.await(2, s -> !s.locked());

        world.await(2, BinStatus::secured);
    }

    @Test
    void reportsAJamWhenTheBoltDoesNotFollowAndClearsItWhenItDoes() {
        latch.unlock(2);
        world.await(2, s -> !s.locked());
        world.jamBolt(2);

        latch.lock(2);

        BinStatus jammed = world.await(2, BinStatus::jammed);
        assertThat(jammed.locked()).isFalse();
        assertThat(jammed.secured()).isFalse();
        world.freeBolt(2);
        world.await(2, BinStatus::secured);
    }

    @Test
    void flagsTamperWhenADoorIsPriedOpenUntilTheNextUnlock() {
        world.openDoor(4);
        world.await(4, BinStatus::tamper);
        world.closeDoor(4);
        assertThat(world.await(4, BinStatus::doorClosed).tamper()).isTrue();

        latch.unlock(4);

        assertThat(latch.status(4).tamper()).isFalse();
    }

    @Test
    void powerCycleLocksEveryClosedBinAndLeavesAnOpenOneToLockAfterClosing() {
        latch.unlock(1);
        world.await(1, s -> !s.locked());
        latch.unlock(2);
        world.await(2, s -> !s.locked());
        world.openDoor(2);

        world.powerCycle();

        world.await(1, BinStatus::secured);
        BinStatus open = latch.status(2);
        assertThat(open.locked()).isFalse();
        assertThat(open.doorClosed()).isFalse();
        assertThatThrownBy(() -> latch.lock(2)).isInstanceOf(LatchException.class);
        world.closeDoor(2);
        world.await(2, BinStatus::secured);
    }

    @Test
    void rejectsBinNumbersOutsideTheBank() {
        assertThatThrownBy(() -> latch.unlock(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> latch.status(0)).isInstanceOf(IllegalArgumentException.class);
    }

    protected static Duration deadline() {
        return Duration.ofSeconds(10);
    }
}

package org.cleartrade.deviceio.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedBinLatchTest {
    private static final LatchTiming TIMING =
            new LatchTiming(Duration.ofSeconds(30), Duration.ofMillis(800), Duration.ofMillis(300));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final List<Duration> pauses = new ArrayList<>();
    private final SimulatedBinLatch latch = new SimulatedBinLatch(4, TIMING, clock, pauses::add);

    @Test
    void powersOnWithEveryBinClosedEmptyAndSecured() {
        assertThat(latch.binCount()).isEqualTo(4);
        for (int bin = 1; bin <= 4; bin++) {
            BinStatus s = latch.status(bin);
            assertThat(s.secured()).as("bin %d", bin).isTrue();
            assertThat(s.occupied()).isFalse();
        }
    }

    @Test
    void keepsTheDoorShutUntilTheBoltHasRetracted() {
        latch.unlock(2);
        assertThatThrownBy(() -> latch.openDoor(2)).isInstanceOf(IllegalStateException.class);

        clock.advance(Duration.ofMillis(300));
        latch.openDoor(2);

        assertThat(latch.status(2)).isEqualTo(new BinStatus(2, false, false, false, false, false));
    }

    @Test
    void depositsAPhoneAndReportsTheBinSecuredOnceTheBoltIsHome() {
        latch.unlock(1);
        clock.advance(Duration.ofMillis(300));
        latch.openDoor(1);
        latch.putPhone(1);
        latch.closeDoor(1);
        latch.lock(1);

        assertThat(latch.status(1).locked()).isFalse();
        clock.advance(Duration.ofMillis(300));
        BinStatus s = latch.status(1);
        assertThat(s.secured()).isTrue();
        assertThat(s.occupied()).isTrue();
    }

    @Test
    void refusesToLockWhileTheDoorIsOpen() {
        openBin(3);

        assertThatThrownBy(() -> latch.lock(3))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("bin 3")
                .hasMessageContaining("door is open");
        assertThat(latch.status(3).locked()).isFalse();
    }

    @Test
    void relocksByItselfOnceTheDoorHasBeenClosedForTheTimeout() {
        latch.unlock(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(latch.status(1).locked()).isFalse();
        assertThat(latch.relockRemaining(1)).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(1300));
        assertThat(latch.status(1).secured()).isTrue();
    }

    @Test
    void neverRelocksWhileADoorStandsOpenAndCountsAgainFromTheClose() {
        openBin(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(latch.status(1).locked()).isFalse();

        latch.closeDoor(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(latch.status(1).locked()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(latch.status(1).secured()).isTrue();
    }

    @Test
    void reportsAJamWhenTheBoltDoesNotFollowTheCommand() {
        latch.unlock(4);
        clock.advance(Duration.ofMillis(300));
        latch.jamLatch(4);
        latch.lock(4);

        clock.advance(Duration.ofMillis(799));
        assertThat(latch.status(4).jammed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        BinStatus s = latch.status(4);
        assertThat(s.jammed()).isTrue();
        assertThat(s.locked()).isFalse();
        assertThat(s.secured()).isFalse();

        latch.freeLatch(4);
        assertThat(latch.status(4).secured()).isTrue();
    }

    @Test
    void flagsTamperWhenTheDoorIsForcedAgainstTheBoltUntilTheNextUnlock() {
        latch.forceDoorOpen(2);
        latch.closeDoor(2);
        assertThat(latch.status(2).tamper()).isTrue();
        assertThat(latch.status(2).secured()).isFalse();

        latch.unlock(2);
        assertThat(latch.status(2).tamper()).isFalse();
    }

    /** As the Modbus driver: the count is asked of the controller once, then known. */
    @Test
    void knowsItsBinCountUnpluggedOnlyIfItWasReadBefore() {
        latch.unplug();
        assertThatThrownBy(latch::binCount).isInstanceOf(LatchException.class).hasMessageContaining("unplugged");

        latch.plugIn();
        assertThat(latch.binCount()).isEqualTo(4);
        latch.unplug();
        assertThat(latch.binCount()).isEqualTo(4);
    }

    @Test
    void failsWithAClearErrorWhileUnpluggedAndWorksAgainWhenReplugged() {
        latch.unplug();
        assertThatThrownBy(() -> latch.status(1))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("unplugged");
        assertThatThrownBy(() -> latch.unlock(1)).isInstanceOf(LatchException.class);

        latch.plugIn();
        assertThat(latch.status(1).secured()).isTrue();
    }

    @Test
    void failsTheScriptedNumberOfCommandsWithGarbledAnswersAndLeavesTheBinAlone() {
        latch.garbleNextAnswers(2);

        assertThatThrownBy(() -> latch.unlock(1))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("garbled");
        assertThatThrownBy(() -> latch.status(1)).isInstanceOf(LatchException.class);
        assertThat(latch.status(1).secured()).isTrue();
    }

    @Test
    void answersAfterTheScriptedDelay() {
        latch.respondAfter(Duration.ofMillis(250));
        latch.status(1);
        latch.unlock(1);

        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void powerCycleLocksClosedBinsAndLeavesOpenOnesToRelockAfterClosing() {
        latch.unlock(1);
        openBin(2);
        latch.forceDoorOpen(3);
        latch.closeDoor(3);
        clock.advance(Duration.ofMillis(300));

        latch.powerCycle();
        clock.advance(Duration.ofMillis(300));

        assertThat(latch.status(1).secured()).isTrue();
        assertThat(latch.status(2).locked()).isFalse();
        assertThat(latch.status(3).tamper()).isFalse();
        assertThatThrownBy(() -> latch.lock(2)).isInstanceOf(LatchException.class);
    }

    @Test
    void rejectsBinNumbersOutsideTheBank() {
        assertThatThrownBy(() -> latch.status(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> latch.unlock(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 4");
    }

    @Test
    void refusesPhysicallyImpossibleMoves() {
        assertThatThrownBy(() -> latch.putPhone(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void comesBackAfterARestartWithTheSameDoorsAndPhones(@TempDir Path dir) {
        Path file = dir.resolve("latch.properties");
        SimulatedBinLatch before = SimulatedBinLatch.persistent(file, 4, TIMING, clock, pauses::add);
        before.unlock(2);
        clock.advance(Duration.ofMillis(300));
        before.openDoor(2);
        before.putPhone(2);
        before.forceDoorOpen(4);
        before.jamLatch(1);

        SimulatedBinLatch after = SimulatedBinLatch.persistent(file, 8, TIMING, clock, pauses::add);

        assertThat(after.binCount()).isEqualTo(4);
        assertThat(after.status(2)).isEqualTo(new BinStatus(2, false, false, true, false, false));
        assertThat(after.status(4)).isEqualTo(new BinStatus(4, false, true, false, false, true));
        after.unlock(1);
        clock.advance(Duration.ofMillis(800));
        assertThat(after.status(1).jammed()).isTrue();
    }

    @Test
    void aBinThatRelockedOnItsTimerIsStillLockedAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("latch.properties");
        SimulatedBinLatch before = SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add);
        before.unlock(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(before.status(1).secured()).as("relocked by its timer").isTrue();

        SimulatedBinLatch after = SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add);

        assertThat(after.status(1).secured()).isTrue();
    }

    @Test
    void aBoltThatWasMovingWhenTheKioskStoppedHasArrivedWhenItStartsAgain(@TempDir Path dir) {
        Path file = dir.resolve("latch.properties");
        SimulatedBinLatch before = SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add);
        before.unlock(1);
        clock.advance(Duration.ofSeconds(1));
        before.openDoor(1);
        before.putPhone(1);
        before.closeDoor(1);
        before.lock(1);
        assertThat(before.status(1).locked()).as("still travelling").isFalse();

        SimulatedBinLatch after = SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add);

        assertThat(after.status(1)).isEqualTo(new BinStatus(1, true, true, true, false, false));
    }

    @Test
    void namesTheBadKeyOfACorruptSnapshot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latch.properties");
        SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add);
        Files.writeString(file, Files.readString(file).replace("bin.2.door=closed", "bin.2.door=ajar"));

        assertThatThrownBy(() -> SimulatedBinLatch.persistent(file, 2, TIMING, clock, pauses::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bin.2.door")
                .hasMessageContaining("ajar");
    }

    @Test
    void staysConsistentWhenThePanelAndTheSessionUseItTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> session = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2000; i++) {
                    latch.unlock(1);
                    latch.status(1);
                    try {
                        latch.lock(1);
                    } catch (LatchException doorWasOpen) {
                        assertThat(doorWasOpen).hasMessageContaining("door is open");
                    }
                }
                return null;
            });
            Future<?> panel = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2000; i++) {
                    clock.advance(Duration.ofMillis(400));
                    try {
                        latch.openDoor(1);
                    } catch (IllegalStateException latched) {
                        assertThat(latched).hasMessageContaining("engaged");
                    }
                    latch.closeDoor(1);
                }
                return null;
            });
            start.countDown();
            session.get(30, TimeUnit.SECONDS);
            panel.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        latch.lock(1);
        clock.advance(Duration.ofMillis(300));
        assertThat(latch.status(1).secured()).isTrue();
    }

    private void openBin(int bin) {
        latch.unlock(bin);
        clock.advance(Duration.ofMillis(300));
        latch.openDoor(bin);
    }
}

package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java driver against the real firmware, running in simavr behind a pty. */
class ModbusBinLatchSimavrTest {
    private static final Duration MOVE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private LatchSimulatorProcess controller;
    private ModbusBinLatch latch;

    @BeforeEach
    void startController() throws Exception {
        controller = LatchSimulatorProcess.start(dir.resolve("latch-tty"));
        latch = new ModbusBinLatch(
                ModbusLatchSettings.defaults(controller.link().toString()));
    }

    @AfterEach
    void stopController() throws Exception {
        latch.close();
        controller.close();
    }

    @Test
    void powersOnWithEveryBinLockedAndTheServosAtTheLockPulse() {
        assertThat(latch.binCount()).isEqualTo(4);
        for (int bin = 1; bin <= 4; bin++) {
            assertThat(latch.status(bin).secured()).as("bin %d", bin).isTrue();
            assertThat(latch.pulseWidthMicros(bin)).isEqualTo(1000);
            assertThat(controller.measuredPulseMicros(bin)).isBetween(995, 1005);
            assertThat(controller.measuredPeriodMicros(bin)).isBetween(19_900, 20_100);
        }
        ControllerInfo info = latch.info();
        assertThat(info.firmwareVersion()).isEqualTo(0x0101);
        assertThat(info.binCount()).isEqualTo(4);
        assertThat(info.resetByWatchdog())
                .as("reset cause %d", info.resetCause())
                .isFalse();
    }

    @Test
    void retriesThroughCorruptedBytesInBothDirections() {
        controller.corruptReplies(1);
        assertThat(latch.status(1).secured()).isTrue();

        controller.corruptRequests(1);
        latch.unlock(1);
        awaitStatus(1, s -> !s.locked());
        assertThat(latch.info().crcErrors()).isEqualTo(1);
    }

    @Test
    void givesUpWithAClearErrorWhenEveryAnswerIsGarbled() {
        latch.binCount();
        controller.corruptReplies(10_000);

        assertThatThrownBy(() -> latch.status(1))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("read bin 1")
                .hasMessageContaining("no valid answer")
                .hasMessageContaining("after 3 attempts");

        controller.corruptReplies(0);
        assertThat(latch.status(1).secured()).isTrue();
    }

    @Test
    void failsClearlyWhileUnpluggedAndCarriesOnWhenReplugged() throws Exception {
        latch.unlock(1);
        awaitStatus(1, s -> !s.locked());

        controller.unplug();
        assertThatThrownBy(() -> latch.status(1))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining(controller.link().toString());

        controller = LatchSimulatorProcess.start(controller.link());
        assertThat(awaitStatus(1, BinStatus::secured).doorClosed()).isTrue();
    }

    @Test
    void keepsItsCalibrationAndComesBackLockedWhenPowerFailsMidDeposit() {
        latch.configure(Duration.ofSeconds(45), Duration.ofMillis(600));
        latch.unlock(1);
        awaitStatus(1, s -> !s.locked());
        pause(Duration.ofSeconds(2));
        int uptimeBefore = latch.info().uptimeSeconds();

        controller.powerCycle();

        awaitStatus(1, BinStatus::secured);
        assertThat(latch.pulseWidthMicros(1)).isEqualTo(1000);
        assertThat(latch.info().uptimeSeconds()).isLessThan(uptimeBefore);
        latch.unlock(1);
        assertThat(latch.relockSecondsLeft(1)).isBetween(44, 45);
    }

    @Test
    void isRestartedByItsWatchdogWhenTheFirmwareHangsAndComesBackLocked() {
        latch.unlock(1);
        awaitStatus(1, s -> !s.locked());

        controller.hang();

        assertThatThrownBy(() -> latch.status(1))
                .isInstanceOf(LatchException.class)
                .hasMessageContaining("no valid answer");
        awaitStatus(1, BinStatus::secured);
        assertThat(latch.info().resetByWatchdog()).isTrue();
    }

    @Test
    void carriesOnThroughPowerCyclesInTheMiddleOfExchanges() throws Exception {
        latch.binCount();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reads = reader.submit(() -> {
                int secured = 0;
                for (int i = 0; i < 150; i++) {
                    secured += latch.status(1).secured() ? 1 : 0;
                }
                return secured;
            });
            for (int i = 0; i < 5; i++) {
                pause(Duration.ofMillis(150));
                controller.powerCycle();
            }
            assertThat(reads.get(30, TimeUnit.SECONDS)).isEqualTo(150);
        } finally {
            reader.shutdownNow();
        }
        assertThat(latch.info().uptimeSeconds()).isLessThan(2);
    }

    private BinStatus awaitStatus(int bin, Predicate<BinStatus> condition) {
        long deadline = System.nanoTime() + MOVE.toNanos();
        BinStatus last;
        do {
            try {
                last = latch.status(bin);
            } catch (LatchException notYet) {
                last = null;
            }
            if (last != null && condition.test(last)) {
                return last;
            }
            pause(Duration.ofMillis(20));
        } while (System.nanoTime() < deadline);
        return fail("bin %d did not reach the expected state within %s; last status %s", bin, MOVE, last);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

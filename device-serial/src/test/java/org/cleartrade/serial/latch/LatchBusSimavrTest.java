package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.cleartrade.deviceio.latch.BusBinLatch;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two latch controllers, each the real firmware in its own simulated MCU, on one RS-485 bus whose
 * transceivers only drive the line while the firmware holds D2 (DE) high. They are commissioned
 * as a technician does it, one at a time through the bus, then driven as one bank of eight bins.
 */
class LatchBusSimavrTest {
    private static final Duration MOVE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private LatchSimulatorProcess bus;
    private ModbusRtuLine line;

    @BeforeEach
    void startBus() throws Exception {
        bus = LatchSimulatorProcess.start(dir.resolve("rs485"), 2);
        line = new ModbusRtuLine(ModbusLatchSettings.defaults(bus.link().toString()));
    }

    @AfterEach
    void stopBus() {
        line.close();
        bus.close();
    }

    @Test
    void twoControllersCommissionedOneAtATimeServeEightBinsOnOneBus() {
        bus.isolate(2);
        ModbusBinLatch second = new ModbusBinLatch(line, 1).changeUnitId(2);
        bus.join();
        BusBinLatch bank = new BusBinLatch(List.of(new ModbusBinLatch(line, 1), second));

        assertThat(bank.binCount()).isEqualTo(8);
        for (int bin = 1; bin <= 8; bin++) {
            assertThat(bank.status(bin).secured()).as("bin %d", bin).isTrue();
        }
        bank.unlock(6);
        await(bank, 6, s -> !s.locked());
        assertThat(bus.measuredPulseMicros(6))
                .as("second controller, its bin 2")
                .isBetween(1995, 2005);
        assertThat(bus.measuredPulseMicros(2)).as("first controller, its bin 2").isBetween(995, 1005);
        bank.lock(6);
        await(bank, 6, BinStatus::secured);

        assertThat(bus.busCounts())
                .containsEntry("collisions", 0)
                .containsEntry("de-low-bytes", 0)
                .containsEntry("de-early", 0)
                .containsEntry("de-high", 0);
    }

    @Test
    void aControllerKeepsItsUnitIdThroughAPowerCycle() {
        bus.isolate(2);
        ModbusBinLatch second = new ModbusBinLatch(line, 1).changeUnitId(2);
        bus.join();

        bus.powerCycle(2);

        assertThat(await(second, 1, BinStatus::secured).doorClosed()).isTrue();
        assertThat(new ModbusBinLatch(line, 1).info().binCount()).isEqualTo(4);
    }

    @Test
    void twoControllersWithTheSameIdGarbleEachOther() {
        // Both answer as unit 1 at once: the reason to commission them one at a time.
        ModbusBinLatch both = new ModbusBinLatch(line, 1);

        assertThatThrownBy(both::binCount).isInstanceOf(LatchException.class).hasMessageContaining("no valid answer");
    }

    @Test
    void refusesAUnitIdOutsideModbusRange() {
        bus.isolate(1);
        ModbusBinLatch first = new ModbusBinLatch(line, 1);

        assertThatThrownBy(() -> first.changeUnitId(248)).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.info().binCount()).isEqualTo(4);
    }

    private static BinStatus await(BinLatch latch, int bin, Predicate<BinStatus> condition) {
        long deadline = System.nanoTime() + MOVE.toNanos();
        BinStatus last = null;
        while (System.nanoTime() < deadline) {
            last = latch.status(bin);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("bin " + bin + " did not reach the expected state within " + MOVE + "; last " + last);
    }
}

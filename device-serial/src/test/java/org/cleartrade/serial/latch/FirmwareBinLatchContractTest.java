package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.cleartrade.deviceio.latch.BinLatchContract;
import org.cleartrade.deviceio.latch.LatchWorld;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the firmware in simavr, through the Modbus driver, in real time. */
class FirmwareBinLatchContractTest extends BinLatchContract {

    @TempDir
    Path dir;

    @Override
    protected LatchWorld createWorld() throws Exception {
        LatchSimulatorProcess controller = LatchSimulatorProcess.start(dir.resolve("latch-tty"));
        ModbusBinLatch latch = new ModbusBinLatch(
                ModbusLatchSettings.defaults(controller.link().toString()));
        latch.configure(LatchWorld.RELOCK, LatchWorld.JAM);
        return new LatchWorld() {
            @Override
            public BinLatch latch() {
                return latch;
            }

            @Override
            public void openDoor(int bin) {
                controller.door(bin, true);
            }

            @Override
            public void closeDoor(int bin) {
                controller.door(bin, false);
                // The firmware debounces its inputs for 10 ms; a door is closed once it reads closed.
                await(bin, BinStatus::doorClosed);
            }

            @Override
            public void putPhone(int bin) {
                controller.phone(bin, true);
            }

            @Override
            public void jamBolt(int bin) {
                controller.boltStuck(bin, true);
            }

            @Override
            public void freeBolt(int bin) {
                controller.boltStuck(bin, false);
            }

            @Override
            public void powerCycle() {
                controller.powerCycle();
            }

            @Override
            public void elapse(Duration duration) {
                sleep(duration);
            }

            @Override
            public BinStatus await(int bin, Predicate<BinStatus> condition) {
                long end = System.nanoTime() + deadline().toNanos();
                BinStatus s = null;
                while (System.nanoTime() < end) {
                    try {
                        s = latch.status(bin);
                    } catch (LatchException rebooting) {
                        s = null;
                    }
                    if (s != null && condition.test(s)) {
                        return s;
                    }
                    sleep(Duration.ofMillis(20));
                }
                return fail("bin %d did not reach the expected state within %s; last %s", bin, deadline(), s);
            }

            @Override
            public void close() {
                latch.close();
                controller.close();
            }
        };
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

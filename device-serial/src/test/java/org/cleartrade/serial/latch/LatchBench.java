package org.cleartrade.serial.latch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.cleartrade.serial.SerialSettings;

/**
 * Measures the latch driver against the firmware in simavr over a pty: the unlock and lock command
 * round trips, a status read, and the time from a lock command to a verified lock (status says
 * secured), next to the wire-time floor at the line's baud rate.
 *
 * <pre>
 * ./mvnw -B -q -pl device-io process-test-classes exec:java \
 *     -Dexec.mainClass=org.cleartrade.serial.latch.LatchBench -Dexec.classpathScope=test
 * </pre>
 *
 * Sample sizes: {@code -Dlatch.bench.trips=400 -Dlatch.bench.locks=30} (system properties, since
 * {@code exec.args} would also reach the firmware build's {@code make}).
 */
public final class LatchBench {
    private LatchBench() {}

    public static void main(String[] args) throws Exception {
        int trips = Integer.getInteger("latch.bench.trips", 400);
        int verified = Integer.getInteger("latch.bench.locks", 30);
        if (trips < 1 || verified < 1) {
            throw new IllegalArgumentException("latch.bench.trips and latch.bench.locks must be at least 1");
        }
        Path dir = Files.createTempDirectory("latch-bench");
        try (LatchSimulatorProcess controller = LatchSimulatorProcess.start(dir.resolve("latch-tty"));
                ModbusBinLatch latch = new ModbusBinLatch(
                        ModbusLatchSettings.defaults(controller.link().toString()))) {
            SerialSettings line = SerialSettings.modbusRtu(controller.link().toString(), 19200);
            latch.binCount();
            for (int i = 0; i < 50; i++) {
                latch.status(1);
            }
            long[] unlock = new long[trips];
            long[] lock = new long[trips];
            long[] status = new long[trips];
            for (int i = 0; i < trips; i++) {
                long t0 = System.nanoTime();
                latch.unlock(1);
                long t1 = System.nanoTime();
                latch.lock(1);
                long t2 = System.nanoTime();
                latch.status(1);
                long t3 = System.nanoTime();
                unlock[i] = t1 - t0;
                lock[i] = t2 - t1;
                status[i] = t3 - t2;
            }
            long[] toSecured = new long[verified];
            for (int i = 0; i < verified; i++) {
                latch.unlock(2);
                while (latch.status(2).locked()) {
                    Thread.onSpinWait();
                }
                long t0 = System.nanoTime();
                latch.lock(2);
                while (!latch.status(2).secured()) {
                    Thread.onSpinWait();
                }
                toSecured[i] = System.nanoTime() - t0;
            }
            // A command and its echo are 8 + 8 characters; a one-register read is 8 + 7; the slave
            // waits 3.5 characters of silence before it may answer.
            double ch = line.characterNanos() / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "line: %d baud, %d bits a character, %.3f ms a character%n",
                    line.baud(),
                    line.bitsPerCharacter(),
                    ch);
            System.out.printf(
                    Locale.ROOT,
                    "wire floor: write coil %.2f ms, read status %.2f ms%n",
                    ch * (16 + 3.5),
                    ch * (15 + 3.5));
            report("unlock round trip", unlock);
            report("lock round trip", lock);
            report("status round trip", status);
            report("lock command to verified lock", toSecured);
            System.out.printf("controller: %s%n", latch.info());
        } finally {
            Files.deleteIfExists(dir.resolve("latch-tty"));
            Files.deleteIfExists(dir);
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "%-32s n=%d median %.2f ms  p99 %.2f ms%n", what, sorted.length, median, p99);
    }
}

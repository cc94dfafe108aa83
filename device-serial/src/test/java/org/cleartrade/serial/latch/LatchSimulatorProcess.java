package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The latch firmware running in simavr ({@code latch-sim}, built by {@code make} under
 * {@code target/latch}), with its UART on a pty behind a stable symlink, and its control channel
 * (stdin/stdout lines) as methods. Every wait is bounded; {@link #close()} ends the process.
 */
final class LatchSimulatorProcess implements AutoCloseable {
    private static final Duration ANSWER = Duration.ofSeconds(5);
    /** Where make put the binaries: relative to device-io, or to the reactor root. */
    private static final Path BUILD = Files.isDirectory(Path.of("target", "latch"))
            ? Path.of("target", "latch")
            : Path.of("device-io", "target", "latch");

    private final Process process;
    private final Writer control;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path link;
    private final String pty;

    private LatchSimulatorProcess(Process process, Path link) throws IOException, InterruptedException {
        this.process = process;
        this.link = link;
        this.control = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        Thread reader = new Thread(this::pump, "latch-sim stdout");
        reader.setDaemon(true);
        reader.start();
        String ptyLine = awaitLine("pty ");
        this.pty = ptyLine.substring(4).trim();
        awaitLine("ready");
    }

    /** Starts the simulator with its pty linked at {@code link}. */
    static LatchSimulatorProcess start(Path link) throws IOException, InterruptedException {
        return start(link, 0);
    }

    /**
     * Starts {@code controllers} controllers on one simulated RS-485 bus behind the pty (bins
     * numbered on across them, every one unit 1 until given an id); 0 for one controller on the
     * pty as on USB.
     */
    static LatchSimulatorProcess start(Path link, int controllers) throws IOException, InterruptedException {
        Path sim = BUILD.resolve("latch-sim");
        Path elf = BUILD.resolve("latch.elf");
        if (!Files.isExecutable(sim) || !Files.exists(elf)) {
            fail("latch simulator not built at " + BUILD.toAbsolutePath() + ": the device-io build runs"
                    + " 'make -C firmware/latch', which needs the Debian packages gcc-avr, avr-libc,"
                    + " libsimavr-dev and libelf-dev (scripts/install-deps.sh)");
        }
        java.util.List<String> command =
                new java.util.ArrayList<>(java.util.List.of(sim.toString(), elf.toString(), "--link", link.toString()));
        if (controllers > 0) {
            command.addAll(java.util.List.of("--bus", Integer.toString(controllers)));
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return new LatchSimulatorProcess(p, link);
        } catch (IOException | InterruptedException | AssertionError e) {
            p.destroyForcibly();
            throw e;
        }
    }

    Path link() {
        return link;
    }

    String pty() {
        return pty;
    }

    void door(int bin, boolean open) {
        command("door " + bin + (open ? " open" : " closed"));
    }

    void phone(int bin, boolean present) {
        command("phone " + bin + (present ? " present" : " absent"));
    }

    /** The bolt stops following the servo (a jam), or follows it again. */
    void boltStuck(int bin, boolean stuck) {
        command("bolt " + bin + (stuck ? " stuck" : " follow"));
    }

    /** The last servo pulse width measured on the bin's pin, in microseconds. */
    int measuredPulseMicros(int bin) {
        String[] parts = command("pulse " + bin).split(" ");
        return Integer.parseInt(parts[2]);
    }

    /** The last servo period measured on the bin's pin, in microseconds. */
    int measuredPeriodMicros(int bin) {
        String[] parts = command("pulse " + bin).split(" ");
        return Integer.parseInt(parts[3]);
    }

    void corruptReplies(int bytes) {
        command("corrupt-reply " + bytes);
    }

    void corruptRequests(int bytes) {
        command("corrupt-request " + bytes);
    }

    /** The controller loses power and boots again; doors, phones and bolts stay as they are. */
    void powerCycle() {
        command("reset");
    }

    /** One controller on the bus loses power and boots again. */
    void powerCycle(int unit) {
        command("reset " + unit);
    }

    /** Only this controller (1-based, in start order) stays connected to the bus. */
    void isolate(int controller) {
        command("isolate " + controller);
    }

    /** Every controller is connected to the bus again. */
    void join() {
        command("join");
    }

    /**
     * What the bus saw: bytes the master sent while a controller's driver was on (collisions),
     * bytes a controller sent with its driver off, drivers released before the last stop bit, and
     * drivers on now.
     */
    java.util.Map<String, Integer> busCounts() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String part : command("bus").split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                counts.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return counts;
    }

    /** The firmware stops dead with interrupts off; only its watchdog can restart it. */
    void hang() {
        command("hang");
    }

    /** The controller disappears at once, as when its USB cable is pulled. */
    void unplug() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    private String command(String line) {
        try {
            control.write(line + "\n");
            control.flush();
            String answer = awaitLine("");
            if (answer.startsWith("error")) {
                fail("latch-sim refused '" + line + "': " + answer);
            }
            return answer;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("latch-sim control channel failed on '" + line + "'", e);
        }
    }

    private String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("latch-sim did not say '" + prefix + "...' within " + ANSWER + " (alive: " + process.isAlive()
                        + ")");
            }
            if (isAnswer(line) && line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** simavr prints its own "Loaded ..." lines on stdout at start; they are not answers. */
    private static boolean isAnswer(String line) {
        return !line.startsWith("Loaded ");
    }

    private void pump() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ended) {
            lines.add("error stdout closed: " + ended.getMessage());
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            control.write("quit\n");
            control.flush();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (IOException alreadyGone) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package org.cleartrade.deviceio.latch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;

/**
 * An in-process latch controller with the firmware's rules, and the physical world around it: the
 * demo panel and tests open and close doors, put phones in and take them out, and script faults
 * (a stuck bolt, an unplugged controller, garbled or slow answers, a power cycle).
 *
 * <p>The rules (see {@link SimulatedBin}) are evaluated against the injected {@link Clock} on every
 * call, so no background thread runs and tests move time by moving the clock.
 *
 * <p>Threading: every method is safe to call from any thread; the kiosk's session runner and the
 * demo panel share one instance. A scripted response delay is served outside the lock, so a slow
 * controller never blocks the physical side.
 *
 * <p>Persistence: built with {@link #persistent}, the physical state and the controller's commands
 * are written to a small properties file after every change and read back on start, so a kiosk
 * restarted after a crash finds the same doors, phones and bolts (a bolt that was moving has
 * arrived: the controller does not stop with the kiosk). Timers restart from the restore.
 */
public final class SimulatedBinLatch implements BinLatch {

    /** Waits out a scripted response delay; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Object lock = new Object();
    private final Clock clock;
    private final Pause pause;
    private final List<SimulatedBin> bins;
    private final Optional<LatchSnapshotFile> store;
    private boolean unplugged;
    private boolean countRead;
    private int garbledAnswers;
    private Duration responseDelay = Duration.ZERO;

    /** A latch of {@code binCount} bins, all closed, empty and locked, with real-time pauses. */
    public SimulatedBinLatch(int binCount, LatchTiming timing, Clock clock) {
        this(binCount, timing, clock, duration -> Thread.sleep(duration.toMillis()), Optional.empty());
    }

    public SimulatedBinLatch(int binCount, LatchTiming timing, Clock clock, Pause pause) {
        this(binCount, timing, clock, pause, Optional.empty());
    }

    private SimulatedBinLatch(
            int binCount, LatchTiming timing, Clock clock, Pause pause, Optional<LatchSnapshotFile> store) {
        if (binCount < 1 || binCount > 16) {
            throw new IllegalArgumentException("binCount must be 1 to 16, was " + binCount);
        }
        Objects.requireNonNull(timing, "timing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.store = store;
        this.bins = new ArrayList<>(binCount);
        for (int i = 1; i <= binCount; i++) {
            bins.add(new SimulatedBin(i, timing, clock.instant()));
        }
    }

    /**
     * A latch whose state lives in {@code file}: restored from it when it exists (its bin count
     * wins), written to it after every change.
     *
     * @throws IllegalArgumentException when the file exists but cannot be read as a snapshot; the
     *     message names the bad key
     */
    public static SimulatedBinLatch persistent(Path file, int binCount, LatchTiming timing, Clock clock, Pause pause) {
        LatchSnapshotFile store = new LatchSnapshotFile(file);
        Optional<List<LatchSnapshotFile.BinState>> saved = store.read();
        int count = saved.map(List::size).orElse(binCount);
        SimulatedBinLatch latch = new SimulatedBinLatch(count, timing, clock, pause, Optional.of(store));
        saved.ifPresent(states -> {
            for (LatchSnapshotFile.BinState s : states) {
                latch.bins
                        .get(s.bin() - 1)
                        .restore(
                                s.doorClosed(),
                                s.occupied(),
                                s.boltEngaged(),
                                s.boltStuck(),
                                s.commandedLocked(),
                                s.tamper(),
                                clock.instant());
            }
        });
        latch.save();
        return latch;
    }

    /**
     * The Modbus driver reads the count from the controller once and keeps it, so an unplugged
     * controller answers here only if it answered before in this process
     * (docs/protocols/latch-modbus.md).
     */
    @Override
    public int binCount() {
        synchronized (lock) {
            if (countRead) {
                return bins.size();
            }
        }
        respond();
        synchronized (lock) {
            countRead = true;
        }
        return bins.size();
    }

    @Override
    public BinStatus status(int bin) {
        respond();
        synchronized (lock) {
            return bin(bin).status(clock.instant());
        }
    }

    @Override
    public void unlock(int bin) {
        respond();
        synchronized (lock) {
            bin(bin).commandUnlock(clock.instant());
            save();
        }
    }

    @Override
    public void lock(int bin) {
        respond();
        synchronized (lock) {
            bin(bin).commandLock(clock.instant());
            save();
        }
    }

    /** Time left before an unlocked bin with a closed door relocks itself; zero otherwise. */
    public Duration relockRemaining(int bin) {
        synchronized (lock) {
            return bin(bin).relockRemaining(clock.instant());
        }
    }

    /** The seller or operator opens the door; refused while the bolt holds it. */
    public void openDoor(int bin) {
        physical(bin, b -> b.openDoor(false));
    }

    /** Someone pries the door open against the bolt: the controller flags tamper. */
    public void forceDoorOpen(int bin) {
        physical(bin, b -> b.openDoor(true));
    }

    public void closeDoor(int bin) {
        physical(bin, b -> b.closeDoor(clock.instant()));
    }

    /** A phone is put into the open bin. */
    public void putPhone(int bin) {
        physical(bin, b -> b.placePhone(true));
    }

    /** The phone is taken out of the open bin. */
    public void removePhone(int bin) {
        physical(bin, b -> b.placePhone(false));
    }

    /** The bolt sticks where it is: commands no longer move it and a jam is reported. */
    public void jamLatch(int bin) {
        physical(bin, b -> b.boltStuck = true);
    }

    /** The bolt moves freely again and catches up with the last command. */
    public void freeLatch(int bin) {
        physical(bin, b -> b.boltStuck = false);
    }

    /** The serial cable is pulled: every command fails with {@link LatchException} until replugged. */
    public void unplug() {
        synchronized (lock) {
            unplugged = true;
        }
    }

    public void plugIn() {
        synchronized (lock) {
            unplugged = false;
        }
    }

    /**
     * The next {@code count} commands fail as a real driver fails once its retries are spent on a
     * noisy line: with a {@link LatchException}, and without reaching the controller.
     */
    public void garbleNextAnswers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        synchronized (lock) {
            garbledAnswers = count;
        }
    }

    /** Every answer from now on takes this long (zero for none). */
    public void respondAfter(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        synchronized (lock) {
            responseDelay = delay;
        }
    }

    /**
     * The controller loses power and starts again: fail-secure, every bin whose door is closed is
     * commanded locked, an open one relocks after its door closes; tamper flags are lost.
     */
    public void powerCycle() {
        synchronized (lock) {
            for (SimulatedBin b : bins) {
                b.advance(clock.instant());
                b.powerOn(clock.instant());
            }
            save();
        }
    }

    private void physical(int bin, Consumer<SimulatedBin> change) {
        synchronized (lock) {
            SimulatedBin b = bin(bin);
            change.accept(b);
            b.advance(clock.instant());
            save();
        }
    }

    private void respond() {
        Duration delay;
        synchronized (lock) {
            if (unplugged) {
                throw new LatchException("latch controller (simulated) does not answer: unplugged");
            }
            if (garbledAnswers > 0) {
                garbledAnswers--;
                throw new LatchException("latch controller (simulated): no valid answer, every reply garbled");
            }
            delay = responseDelay;
        }
        if (!delay.isZero()) {
            try {
                pause.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LatchException("interrupted while waiting for the latch controller", e);
            }
        }
    }

    private SimulatedBin bin(int bin) {
        if (bin < 1 || bin > bins.size()) {
            throw new IllegalArgumentException("bin must be 1 to " + bins.size() + ", was " + bin);
        }
        SimulatedBin b = bins.get(bin - 1);
        if (b.advance(clock.instant())) {
            save(); // a bolt that moved is where a restarted kiosk must find it
        }
        return b;
    }

    private void save() {
        store.ifPresent(s -> {
            List<LatchSnapshotFile.BinState> states = new ArrayList<>(bins.size());
            for (int i = 0; i < bins.size(); i++) {
                SimulatedBin b = bins.get(i);
                states.add(new LatchSnapshotFile.BinState(
                        i + 1, b.doorClosed, b.occupied, b.boltEngaged, b.boltStuck, b.commandedLocked, b.tamper));
            }
            s.write(states);
        });
    }
}

package org.cleartrade.core.driver;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;

/** The in-process devices a headless journey plays against, with their physical sides exposed. */
public record SimulatedKiosk(
        SimulatedPhoneDock dock, SimulatedBinLatch latch, VirtualPrinter printer, ScriptedBlockList blockList) {

    /** Stands in for the device-owner helper: the simulated phones check only that it is a zip. */
    private static final HelperApk HELPER = new HelperApk(new byte[] {'P', 'K', 3, 4}, "simulated");

    public SimulatedKiosk {
        Objects.requireNonNull(dock, "dock");
        Objects.requireNonNull(latch, "latch");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(blockList, "blockList");
    }

    /** Devices that live as long as the process: every bin closed, empty and locked, no phone. */
    public static SimulatedKiosk inMemory(int bins, VirtualTime time) {
        return new SimulatedKiosk(
                new SimulatedPhoneDock(new PhoneScenarioLibrary(), time.clock(), time::pause, Optional.of(HELPER)),
                new SimulatedBinLatch(bins, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList());
    }

    /**
     * Devices whose physical state (the phone on the cable, doors, bolts and phones in the bins)
     * is kept in {@code folder} and found again by the next process: the world a restarted kiosk
     * wakes up in. Paper and the block list's answer are not kept.
     */
    public static SimulatedKiosk persistent(Path folder, int bins, VirtualTime time) {
        return new SimulatedKiosk(
                SimulatedPhoneDock.persistent(
                        folder.resolve("dock.properties"),
                        new PhoneScenarioLibrary(),
                        time.clock(),
                        time::pause,
                        Optional.of(HELPER)),
                SimulatedBinLatch.persistent(
                        folder.resolve("latch.properties"), bins, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList());
    }
}

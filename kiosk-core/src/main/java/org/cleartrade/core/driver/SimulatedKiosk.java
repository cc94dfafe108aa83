package org.cleartrade.core.driver;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.deviceio.dock.CombinedPhoneDock;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.dock.PhoneDock;

/**
 * The in-process devices a headless journey plays against, with their physical sides exposed. The
 * cable bay has two docks, as the kiosk's has: the Android one ({@link #dock}) and the iPhone one
 * ({@link #iphone}); the session talks to both through {@link #cable}, which follows whichever
 * sees a phone.
 */
public record SimulatedKiosk(
        SimulatedPhoneDock dock,
        SimulatedIphoneDock iphone,
        PhoneDock cable,
        SimulatedBinLatch latch,
        VirtualPrinter printer,
        ScriptedBlockList blockList) {

    /** Stands in for the device-owner helper: the simulated phones check only that it is a zip. */
    private static final HelperApk HELPER = new HelperApk(new byte[] {'P', 'K', 3, 4}, "simulated");

    public SimulatedKiosk {
        Objects.requireNonNull(dock, "dock");
        Objects.requireNonNull(iphone, "iphone");
        Objects.requireNonNull(cable, "cable");
        Objects.requireNonNull(latch, "latch");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(blockList, "blockList");
    }

    private SimulatedKiosk(
            SimulatedPhoneDock dock,
            SimulatedIphoneDock iphone,
            SimulatedBinLatch latch,
            VirtualPrinter printer,
            ScriptedBlockList blockList) {
        this(dock, iphone, new CombinedPhoneDock(List.of(dock, iphone)), latch, printer, blockList);
    }

    /**
     * Devices that live as long as the process: every bin closed, empty and locked, no phone. The
     * iPhone dock keeps its owner-only pairing files in a scratch folder that goes with the process.
     */
    public static SimulatedKiosk inMemory(int bins, VirtualTime time) {
        Path iphoneState = ScratchFolder.create("cleartrade-iphone-dock");
        return new SimulatedKiosk(
                new SimulatedPhoneDock(new PhoneScenarioLibrary(), time.clock(), time::pause, Optional.of(HELPER)),
                SimulatedIphoneDock.create(new IphoneScenarioLibrary(), time.clock(), time::pause, iphoneState),
                new SimulatedBinLatch(bins, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList());
    }

    /**
     * Devices whose physical state (the phone on either cable, doors, bolts and phones in the bins)
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
                SimulatedIphoneDock.persistent(
                        new IphoneScenarioLibrary(), time.clock(), time::pause, folder.resolve("iphone")),
                SimulatedBinLatch.persistent(
                        folder.resolve("latch.properties"), bins, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList());
    }
}

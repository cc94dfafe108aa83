package org.cleartrade.core.driver;

import java.util.Objects;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;

/** The in-process devices a headless journey plays against, with their physical sides exposed. */
public record SimulatedKiosk(
        SimulatedPhoneDock dock, SimulatedBinLatch latch, VirtualPrinter printer, ScriptedBlockList blockList) {

    public SimulatedKiosk {
        Objects.requireNonNull(dock, "dock");
        Objects.requireNonNull(latch, "latch");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(blockList, "blockList");
    }
}

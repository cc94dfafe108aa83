package org.cleartrade.deviceio.latch;

import java.util.List;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;

/**
 * The bins of several controllers as one bank, numbered on in the order the controllers are given:
 * with two four-bin controllers, kiosk bins 1-4 are bins 1-4 of the first and kiosk bins 5-8 are
 * bins 1-4 of the second. This is how more than one controller shares one RS-485 bus, each with
 * its own Modbus unit id; the numbering never depends on which controller answers first.
 *
 * <p>Threading: as {@link BinLatch}; every controller's bin count is read once, on first use.
 */
public final class BusBinLatch implements BinLatch {

    private final List<BinLatch> controllers;

    public BusBinLatch(List<? extends BinLatch> controllers) {
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("at least one latch controller is needed");
        }
        this.controllers = List.copyOf(controllers);
    }

    @Override
    public int binCount() {
        int total = 0;
        for (BinLatch c : controllers) {
            total += c.binCount();
        }
        return total;
    }

    @Override
    public BinStatus status(int bin) {
        Local local = locate(bin);
        BinStatus s = local.controller().status(local.bin());
        return new BinStatus(bin, s.doorClosed(), s.locked(), s.occupied(), s.jammed(), s.tamper());
    }

    @Override
    public void unlock(int bin) {
        Local local = locate(bin);
        local.controller().unlock(local.bin());
    }

    @Override
    public void lock(int bin) {
        Local local = locate(bin);
        local.controller().lock(local.bin());
    }

    /** A kiosk bin as a controller and that controller's own bin number. */
    private record Local(BinLatch controller, int bin) {}

    private Local locate(int bin) {
        int first = 1;
        for (BinLatch c : controllers) {
            int count = c.binCount();
            if (bin >= first && bin < first + count) {
                return new Local(c, bin - first + 1);
            }
            first += count;
        }
        throw new IllegalArgumentException("bin must be 1 to " + (first - 1) + ", was " + bin);
    }
}

package org.cleartrade.ui.demo;

import java.util.OptionalInt;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.ports.DeviceException;

/**
 * Which bin the demo panel's door and phone buttons act on. A bin whose latch is open right now
 * comes first, whoever opened it: staff emptying bin 1 must open bin 1's door, not the door of the
 * bin the last seller used (acting on that bin left bin 1 closed on its phone and the scan-out in
 * a mismatch nobody could clear). With every bin locked, the seller's bin; before any, bin 1.
 */
final class DemoBin {

    private DemoBin() {}

    /** Runs in the background: it reads the latch. */
    static int of(SimulatedBinLatch latch, OptionalInt sessionBin) {
        if (sessionBin.isPresent() && unlatched(latch, sessionBin.getAsInt())) {
            return sessionBin.getAsInt();
        }
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            if (unlatched(latch, bin)) {
                return bin;
            }
        }
        return sessionBin.orElse(1);
    }

    private static boolean unlatched(SimulatedBinLatch latch, int bin) {
        try {
            return !latch.status(bin).locked();
        } catch (DeviceException unplugged) {
            return false;
        }
    }
}

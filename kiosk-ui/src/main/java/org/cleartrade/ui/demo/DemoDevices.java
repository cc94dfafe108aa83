package org.cleartrade.ui.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cleartrade.deviceio.dock.CombinedPhoneDock;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.dock.PhoneDock;

/**
 * The in-process simulators of demo mode, whose physical side the demo panel plays. The cable bay
 * has the kiosk's two docks, Android ({@link #dock}) and iPhone ({@link #iphone}); the session talks
 * to {@link #cable}, which follows whichever sees a phone.
 */
public record DemoDevices(
        SimulatedPhoneDock dock,
        SimulatedIphoneDock iphone,
        PhoneDock cable,
        SimulatedBinLatch latch,
        VirtualPrinter printer) {

    /** The demo devices with both docks behind one cable. */
    public static DemoDevices of(
            SimulatedPhoneDock dock, SimulatedIphoneDock iphone, SimulatedBinLatch latch, VirtualPrinter printer) {
        return new DemoDevices(dock, iphone, new CombinedPhoneDock(List.of(dock, iphone)), latch, printer);
    }

    /**
     * The seller puts the phone into the bin's tray, still on the dock's cable, which reaches into
     * the tray: once the door locks the kiosk reads the phone's serial there (DESIGN, deposit). A
     * bin whose door is shut refuses it.
     */
    public void putPhoneInBin(int bin) {
        latch.putPhone(bin);
    }

    /**
     * The seller has gone and the phone stays locked in its bin: it is off the seller's cable from
     * now on, so the next seller's dock starts empty instead of showing the phone in the bin.
     */
    public void releaseCableFromBin() {
        dock.unplug();
        iphone.unplug();
    }

    /**
     * What the simulated phones install as the device-owner helper: zip-signed bytes the scenario
     * phone accepts, versioned "simulated" so a demo certificate never names a real helper build.
     */
    public static HelperApk simulatedHelper() {
        byte[] magic = {'P', 'K', 3, 4};
        byte[] label = " simulated device-owner helper".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[magic.length + label.length];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        System.arraycopy(label, 0, bytes, magic.length, label.length);
        return new HelperApk(bytes, "simulated");
    }
}

package org.cleartrade.deviceio.dock.simulated;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cleartrade.deviceio.dock.ios.PhoneLink;
import org.cleartrade.deviceio.dock.ios.PlistMessage;
import org.cleartrade.deviceio.dock.ios.Usbmux;
import org.cleartrade.deviceio.dock.ios.UsbmuxDevice;
import org.cleartrade.deviceio.dock.iphone.InProcessPhoneLink;
import org.cleartrade.deviceio.dock.iphone.ScenarioIphone;

/**
 * usbmuxd for demo mode: lists the scripted iPhone on the simulated cable while it is on USB and
 * connects to its ports in process. Like the real daemon it gives the device a new id each time it
 * enumerates, keeps no pair records of its own (the kiosk keeps them) and has a fixed system BUID.
 */
public final class SimulatedUsbmux implements Usbmux {

    /** The simulated host's system BUID, stable like the one usbmuxd keeps on disk. */
    public static final String SYSTEM_BUID = "5EAF6F2C-8E62-4D3A-9A52-3C1D2B7E0A11";
    /** The USB product id of the simulated iPhones (Apple's vendor id is 0x05ac). */
    static final int PRODUCT_ID = 0x12a8;

    private final Supplier<Optional<ScenarioIphone>> cable;
    private final AtomicLong requests = new AtomicLong();
    private ScenarioIphone lastSeen;
    private boolean lastOnUsb;
    private int deviceId;

    public SimulatedUsbmux(Supplier<Optional<ScenarioIphone>> cable) {
        this.cable = cable;
    }

    @Override
    public synchronized List<UsbmuxDevice> devices() {
        requests.incrementAndGet();
        return onUsb().map(p -> List.of(new UsbmuxDevice(deviceId, p.scenario().udid(), PRODUCT_ID, "USB")))
                .orElse(List.of());
    }

    @Override
    public String systemBuid() {
        requests.incrementAndGet();
        return SYSTEM_BUID;
    }

    @Override
    public Optional<PlistMessage> pairRecord(String udid) {
        requests.incrementAndGet();
        return Optional.empty();
    }

    @Override
    public void deletePairRecord(String udid) {
        requests.incrementAndGet();
    }

    @Override
    public synchronized PhoneLink connect(UsbmuxDevice device, int port) throws IOException {
        requests.incrementAndGet();
        Optional<ScenarioIphone> phone = onUsb();
        if (phone.isEmpty() || device.deviceId() != deviceId) {
            throw new IOException("device " + device.deviceId() + " is not attached");
        }
        return new InProcessPhoneLink(phone.get().open(port), requests);
    }

    @Override
    public long requests() {
        return requests.get();
    }

    /** The phone on USB now; a phone that left and came back (or another phone) gets a new device id. */
    private Optional<ScenarioIphone> onUsb() {
        Optional<ScenarioIphone> phone = cable.get().filter(p -> p.presence() == ScenarioIphone.Presence.PRESENT);
        boolean now = phone.isPresent();
        if (now && (!lastOnUsb || lastSeen != phone.get())) {
            deviceId++;
        }
        lastOnUsb = now;
        lastSeen = phone.orElse(null);
        return phone;
    }
}

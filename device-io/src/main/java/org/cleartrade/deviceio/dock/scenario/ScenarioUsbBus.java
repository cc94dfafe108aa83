package org.cleartrade.deviceio.dock.scenario;

import java.util.Optional;
import org.cleartrade.deviceio.dock.usb.UsbSerialProbe;

/**
 * The USB side of a fake phone, for an adb dock that reaches the fake's adbd over TCP (which has
 * no USB bus): its serial descriptor is on the bus while it is plugged in and not rebooting, and
 * with USB debugging off it enumerates without an adb interface, as a real phone does in
 * "charging only" (docs/protocols/android.md). Thread-safe: the phone is synchronized.
 */
public final class ScenarioUsbBus implements UsbSerialProbe {

    private final ScenarioPhone phone;

    public ScenarioUsbBus(ScenarioPhone phone) {
        this.phone = phone;
    }

    @Override
    public boolean present(String serial) {
        Optional<String> onBus = phone.usbSerial();
        return onBus.filter(serial::equals).isPresent();
    }

    @Override
    public boolean androidWithoutAdb() {
        return phone.presence() == ScenarioPhone.Presence.USB_ONLY;
    }
}

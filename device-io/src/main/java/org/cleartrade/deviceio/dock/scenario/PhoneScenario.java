package org.cleartrade.deviceio.dock.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.deviceio.dock.android.ShellResult;

/**
 * One scripted phone: its properties, what it answers to each shell command and how it behaves on
 * the cable. Read from a {@code .phone} file by {@link PhoneScenarioParser}; the format is
 * described there and in docs/protocols/android.md.
 *
 * @param authorizedOnPlug false while "Allow USB debugging" has not been tapped
 * @param unplugAfterCommands the phone is pulled out instead of answering command N+1
 * @param resetOn the command after whose answer the phone drops off to reset itself
 * @param resetReturnsAs the scenario id the phone comes back as after the reset
 * @param resetOffline how long the phone is away while it resets
 * @param shellV2 whether the phone's adbd offers the {@code shell_v2} feature
 * @param usbDebugging false when the phone's adbd is not running (USB debugging off, as after
 *     a factory reset): the phone is on the USB bus but adb never sees it
 * @param declaredUsbSerial the USB serial descriptor when it differs from {@code ro.serialno}
 * @param modemImeis the IMEI of each slot as the modem holds it; Android 10+ shows it only to a
 *     privileged app or the device owner, never to the adb shell
 */
public record PhoneScenario(
        String id,
        String title,
        boolean authorizedOnPlug,
        OptionalInt unplugAfterCommands,
        Optional<String> resetOn,
        Optional<String> resetReturnsAs,
        Duration resetOffline,
        boolean shellV2,
        boolean usbDebugging,
        Optional<String> declaredUsbSerial,
        List<String> modemImeis,
        Map<String, String> properties,
        Map<String, ShellResult> commands) {

    public PhoneScenario {
        modemImeis = List.copyOf(modemImeis);
        properties = Map.copyOf(properties);
        commands = Map.copyOf(commands);
    }

    public String property(String key) {
        return properties.getOrDefault(key, "");
    }

    /**
     * The serial the phone reports in its USB device descriptor (iSerialNumber): {@code
     * ro.serialno} on most phones, unless the scenario says otherwise.
     */
    public String usbSerial() {
        return declaredUsbSerial.orElseGet(() -> property("ro.serialno"));
    }
}

package org.cleartrade.deviceio.dock.iphone;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * One scripted iPhone: what lockdownd reports, which values it gives before pairing, and how the
 * phone behaves on the cable and when asked to erase. Read from a {@code .plist} file by {@link
 * IphoneScenarioLibrary}; the format is described there and in docs/protocols/ios.md.
 *
 * @param values the default lockdown domain (ProductType, SerialNumber, UniqueDeviceID ...)
 * @param domains other lockdown domains by name ({@code com.apple.fmip}, {@code com.apple.disk_usage} ...)
 * @param unpaired the default-domain keys lockdownd gives without a session
 * @param powerSource the IORegistry {@code IOPMPowerSource} entry diagnostics_relay returns, if any
 * @param cloudConfiguration what MCInstall's {@code GetCloudConfiguration} returns
 * @param lockedOnPlug the phone is locked with a passcode when plugged in: it refuses to pair until unlocked
 * @param erase what the phone does with {@code EraseDevice}
 * @param eraseRefusal the answer of a phone that refuses
 * @param eraseTakes how long the phone is away from USB while it erases and restarts
 * @param returnsAs the scenario the phone comes back as; empty: it never comes back
 * @param unplugAfterRequests the seller pulls the cable instead of the phone answering the (N+1)th
 *     lockdown request inside a TLS session (pairing attempts, which depend on the seller's speed, do
 *     not count)
 */
public record IphoneScenario(
        String id,
        String title,
        PlistMessage values,
        Map<String, PlistMessage> domains,
        Set<String> unpaired,
        Optional<PlistMessage> powerSource,
        PlistMessage cloudConfiguration,
        boolean lockedOnPlug,
        Erase erase,
        PlistMessage eraseRefusal,
        Duration eraseTakes,
        Optional<String> returnsAs,
        OptionalInt unplugAfterRequests) {

    /** What the phone does when MCInstall is asked to erase it. */
    public enum Erase {
        /** Answers {@code Status: Acknowledged}, closes the connection and erases. */
        ACKNOWLEDGE,
        /** Closes the connection without answering and erases. */
        CLOSE,
        /** Answers with {@link IphoneScenario#eraseRefusal()} and stays as it is. */
        REFUSE
    }

    public IphoneScenario {
        domains = Map.copyOf(domains);
        unpaired = Set.copyOf(unpaired);
    }

    public String udid() {
        return values.string("UniqueDeviceID").orElse("");
    }

    public String serial() {
        return values.string("SerialNumber").orElse("");
    }

    /** A phone in the setup assistant: not activated. */
    public boolean inSetupAssistant() {
        return values.string("ActivationState").filter("Unactivated"::equals).isPresent();
    }
}

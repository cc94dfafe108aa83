package org.cleartrade.deviceio.dock.ios;

import java.io.EOFException;
import java.io.IOException;
import java.util.Optional;

/**
 * The two device services the dock uses besides lockdownd itself, each a plist conversation on
 * the port {@code StartService} gives (framed like lockdown, TLS when {@code EnableServiceSSL}):
 *
 * <pre>
 * com.apple.mobile.diagnostics_relay
 *   {Request: IORegistry, EntryClass: IOPMPowerSource}  -> {Status: Success, Diagnostics: {IORegistry: {...}}}
 * com.apple.mobile.MCInstall
 *   {RequestType: GetCloudConfiguration}                 -> {Status: Acknowledged, CloudConfiguration: {...}}
 *   {RequestType: EraseDevice, PreserveDataPlan, DisallowProximitySetup}
 *                                                        -> {Status: Acknowledged}, then the phone drops the
 *                                                           connection and erases; or {Status: ..., ErrorChain: [...]}
 * </pre>
 *
 * {@code EraseDevice} is "Erase All Content and Settings", the request pymobiledevice3 ({@code
 * profile erase-device}) and go-ios ({@code ios erase}) send (docs/decisions/0303).
 */
public final class DeviceServices {

    public static final String DIAGNOSTICS = "com.apple.mobile.diagnostics_relay";
    public static final String MCINSTALL = "com.apple.mobile.MCInstall";

    private DeviceServices() {}

    /** The IOPMPowerSource registry entry, if the phone gave it. */
    public static Optional<PlistMessage> powerSource(PhoneLink diagnostics) throws IOException {
        PlistMessage answer =
                diagnostics.exchange(PlistMessage.of("Request", "IORegistry", "EntryClass", "IOPMPowerSource"));
        if (!answer.string("Status").filter("Success"::equals).isPresent()) {
            return Optional.empty();
        }
        return answer.dict("Diagnostics").flatMap(d -> d.dict("IORegistry"));
    }

    /**
     * The cloud configuration; a phone that has none answers without one, which means it is not
     * supervised.
     */
    public static Optional<PlistMessage> cloudConfiguration(PhoneLink mcinstall) throws IOException {
        PlistMessage answer = mcinstall.exchange(PlistMessage.of("RequestType", "GetCloudConfiguration"));
        if (!acknowledged(answer)) {
            return Optional.empty();
        }
        return Optional.of(answer.dict("CloudConfiguration").orElse(PlistMessage.of("IsSupervised", false)));
    }

    /** The phone's answer to the erase request. */
    public sealed interface EraseAnswer {
        /** The phone said {@code Acknowledged}. */
        record Acknowledged(PlistMessage answer) implements EraseAnswer {}

        /** The phone closed the connection without a word, as it does when it starts erasing at once. */
        record ClosedAtOnce(String detail) implements EraseAnswer {}

        /** The phone refused; {@code reason} is its status and error chain. */
        record Refused(String reason) implements EraseAnswer {}
    }

    /**
     * Sends "Erase All Content and Settings". The eSIM plan is not kept: a phone leaving its
     * owner must not carry their line.
     */
    public static EraseAnswer erase(PhoneLink mcinstall) throws IOException {
        mcinstall.send(PlistMessage.of(
                "RequestType", "EraseDevice", "PreserveDataPlan", false, "DisallowProximitySetup", false));
        PlistMessage answer;
        try {
            answer = mcinstall.receive();
        } catch (EOFException e) {
            return new EraseAnswer.ClosedAtOnce("connection closed by the phone after EraseDevice");
        }
        return acknowledged(answer) ? new EraseAnswer.Acknowledged(answer) : new EraseAnswer.Refused(describe(answer));
    }

    private static boolean acknowledged(PlistMessage answer) {
        return answer.string("Status").filter("Acknowledged"::equals).isPresent();
    }

    /** The status and each error of the chain, never the whole answer. */
    static String describe(PlistMessage answer) {
        StringBuilder text =
                new StringBuilder("Status=" + answer.string("Status").orElse("none"));
        for (PlistMessage error : answer.dicts("ErrorChain")) {
            text.append("; ")
                    .append(error.string("ErrorDomain").orElse("?"))
                    .append('(')
                    .append(error.integer("ErrorCode").orElse(0))
                    .append("): ")
                    .append(error.string("LocalizedDescription").orElse(""));
        }
        return text.toString();
    }
}

package org.cleartrade.deviceio.dock.ios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;

/**
 * Turns what lockdownd reported ({@link IphoneFacts}) into the phone's identity and checks. Pure:
 * the real dock and the demo simulator feed it the same way. A value the phone did not give
 * becomes an empty identity field or an {@link Verdict#UNVERIFIED} check, never a pass.
 *
 * <p>Keys read (default domain unless named; docs/protocols/ios.md gives sources):
 * ProductType, SerialNumber, InternationalMobileEquipmentIdentity(2), ProductVersion,
 * BuildVersion, PasswordProtected, ActivationState, SIMStatus, SIMTrayStatus;
 * {@code com.apple.disk_usage} TotalDiskCapacity; {@code com.apple.fmip} IsAssociated;
 * IORegistry IOPMPowerSource NominalChargeCapacity and DesignCapacity; MCInstall
 * {@code GetCloudConfiguration} IsSupervised.
 */
public final class IphoneInspector {

    static final int WORN_BELOW_PERCENT = 80;
    private static final long[] MARKETED_GB = {16, 32, 64, 128, 256, 512, 1024, 2048};

    private IphoneInspector() {}

    public static PhoneIdentity identity(IphoneFacts facts) {
        PlistMessage v = facts.values();
        String productType = v.string("ProductType").orElse("");
        return new PhoneIdentity(
                "Apple",
                productType,
                AppleModels.marketingName(productType).orElse(productType),
                storageGb(facts.diskUsage().integer("TotalDiskCapacity")),
                v.string("SerialNumber").orElse(""),
                v.string("InternationalMobileEquipmentIdentity").filter(s -> !s.isBlank()),
                Platform.IPHONE.osName(),
                v.string("ProductVersion").orElse(""),
                v.string("BuildVersion").orElse(""),
                v.string("InternationalMobileEquipmentIdentity2").filter(s -> !s.isBlank()));
    }

    public static InspectionReport report(IphoneFacts facts) {
        OptionalInt health = batteryHealth(facts.battery());
        List<Check> checks = new ArrayList<>();
        checks.add(findMy(facts));
        checks.add(sim(facts.values()));
        checks.add(new Check(Kind.ESIM_REMOVED, Verdict.UNVERIFIED, "An eSIM cannot be read over USB on an iPhone"));
        checks.add(new Check(Kind.SD_CARD_REMOVED, Verdict.PASS, "iPhones have no memory card slot"));
        checks.add(new Check(
                Kind.STORAGE_ENCRYPTED,
                Verdict.PASS,
                "iPhone storage is always encrypted (Data Protection, hardware AES keys)"));
        checks.add(supervision(facts.cloudConfiguration()));
        checks.add(passcode(facts.values()));
        checks.add(battery(health, facts.battery()));
        return new InspectionReport(identity(facts), checks, health);
    }

    /** Find My off on an activated phone; an unactivated phone cannot say, so it is unverified. */
    static Check findMy(IphoneFacts facts) {
        Optional<String> activation = facts.values().string("ActivationState");
        Optional<Boolean> associated = facts.findMy().bool("IsAssociated");
        if (activation.isPresent() && !activation.get().equals("Activated")) {
            return new Check(
                    Kind.FIND_MY_OFF,
                    Verdict.UNVERIFIED,
                    "ActivationState=" + activation.get() + ": setup not finished, Activation Lock cannot be read");
        }
        if (associated.isEmpty() || activation.isEmpty()) {
            return new Check(Kind.FIND_MY_OFF, Verdict.UNVERIFIED, "com.apple.fmip IsAssociated not readable");
        }
        return associated.get()
                ? new Check(Kind.FIND_MY_OFF, Verdict.FAIL, "Find My is on (com.apple.fmip IsAssociated=true)")
                : new Check(Kind.FIND_MY_OFF, Verdict.PASS, "Find My is off (com.apple.fmip IsAssociated=false)");
    }

    static Check sim(PlistMessage v) {
        Optional<String> tray = v.string("SIMTrayStatus");
        Optional<String> status = v.string("SIMStatus");
        String seen = "SIMTrayStatus=" + tray.orElse("?") + ", SIMStatus=" + status.orElse("?");
        boolean cardIn =
                tray.filter("kCTSIMSupportSIMTrayInsertedWithSIM"::equals).isPresent()
                        || status.filter(s -> s.equals("kCTSIMSupportSIMStatusReady")
                                        || s.equals("kCTSIMSupportSIMStatusPINLocked")
                                        || s.equals("kCTSIMSupportSIMStatusPUKLocked"))
                                .isPresent();
        if (cardIn) {
            return new Check(Kind.SIM_REMOVED, Verdict.FAIL, seen);
        }
        boolean noCard = tray.filter(t ->
                                t.equals("kCTSIMSupportSIMTrayAbsent") || t.equals("kCTSIMSupportSIMTrayInsertedNoSIM"))
                        .isPresent()
                || status.filter("kCTSIMSupportSIMStatusNotInserted"::equals).isPresent();
        return new Check(Kind.SIM_REMOVED, noCard ? Verdict.PASS : Verdict.UNVERIFIED, seen);
    }

    static Check supervision(Optional<PlistMessage> cloud) {
        Optional<Boolean> supervised = cloud.flatMap(c -> c.bool("IsSupervised"));
        if (supervised.isEmpty()) {
            return new Check(Kind.NO_DEVICE_OWNER, Verdict.UNVERIFIED, "MCInstall cloud configuration not readable");
        }
        return supervised.get()
                ? new Check(
                        Kind.NO_DEVICE_OWNER,
                        Verdict.FAIL,
                        "Supervised by "
                                + cloud.flatMap(c -> c.string("OrganizationName"))
                                        .orElse("an organisation"))
                : new Check(Kind.NO_DEVICE_OWNER, Verdict.PASS, "Not supervised (IsSupervised=false)");
    }

    static Check passcode(PlistMessage v) {
        return v.bool("PasswordProtected")
                .map(set -> new Check(Kind.PASSCODE_STATE, Verdict.PASS, set ? "Passcode set" : "No passcode"))
                .orElse(new Check(Kind.PASSCODE_STATE, Verdict.UNVERIFIED, "PasswordProtected not readable"));
    }

    /** Full-charge capacity as a share of design capacity, from the power source's own counters. */
    static OptionalInt batteryHealth(Optional<PlistMessage> power) {
        if (power.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalLong nominal = power.get().integer("NominalChargeCapacity");
        OptionalLong design = power.get().integer("DesignCapacity");
        if (nominal.isEmpty() || design.isEmpty()) {
            return OptionalInt.empty();
        }
        long f = nominal.getAsLong();
        long d = design.getAsLong();
        if (f <= 0 || d <= 0 || f > d * 13 / 10 || f < d / 10) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.min(100, Math.round(f * 100.0 / d)));
    }

    private static Check battery(OptionalInt health, Optional<PlistMessage> power) {
        String cycles = power.flatMap(p -> {
                    OptionalLong c = p.integer("CycleCount");
                    return c.isPresent() ? Optional.of(", " + c.getAsLong() + " cycles") : Optional.empty();
                })
                .orElse("");
        if (health.isEmpty()) {
            return new Check(Kind.BATTERY_HEALTH, Verdict.UNVERIFIED, "Could not read the battery's capacity" + cycles);
        }
        String text = "Battery holds " + health.getAsInt() + " % of its design capacity" + cycles;
        return new Check(
                Kind.BATTERY_HEALTH, health.getAsInt() < WORN_BELOW_PERCENT ? Verdict.FAIL : Verdict.PASS, text);
    }

    /** The marketed size for a capacity in bytes (the smallest size it fits, allowing 5 % for rounding). */
    static int storageGb(OptionalLong bytes) {
        if (bytes.isEmpty() || bytes.getAsLong() <= 0) {
            return 0;
        }
        double gb = bytes.getAsLong() / 1_000_000_000.0;
        for (long size : MARKETED_GB) {
            if (gb <= size * 1.05) {
                return gb < size * 0.4 ? 0 : (int) size;
            }
        }
        return 0;
    }
}

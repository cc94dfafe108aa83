package org.cleartrade.deviceio.dock.android;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/** The checks that system properties (and the {@code which su} probe) decide. */
public final class PropertyChecks {

    private static final Set<String> CARD_PRESENT = Set.of(
            "READY",
            "LOADED",
            "PIN_REQUIRED",
            "PUK_REQUIRED",
            "NETWORK_LOCKED",
            "PERM_DISABLED",
            "CARD_RESTRICTED",
            "CARD_IO_ERROR",
            "IMSI");

    private PropertyChecks() {}

    /** {@code gsm.sim.state}: one state per slot, comma separated ({@code ABSENT,READY}). */
    public static Check sim(SystemProperties props) {
        Optional<String> state = props.get("gsm.sim.state");
        if (state.isEmpty()) {
            return new Check(Kind.SIM_REMOVED, Verdict.UNVERIFIED, "Could not verify SIM: gsm.sim.state not reported");
        }
        List<String> slots = List.of(state.get().toUpperCase(Locale.ROOT).split(","));
        long present =
                slots.stream().map(String::trim).filter(CARD_PRESENT::contains).count();
        if (present > 0) {
            return new Check(Kind.SIM_REMOVED, Verdict.FAIL, "A SIM card is still inserted (" + state.get() + ")");
        }
        boolean allAbsent = slots.stream().map(String::trim).allMatch("ABSENT"::equals);
        return allAbsent
                ? new Check(Kind.SIM_REMOVED, Verdict.PASS, "No SIM card inserted")
                : new Check(Kind.SIM_REMOVED, Verdict.UNVERIFIED, "Could not verify SIM: state " + state.get());
    }

    /** {@code ro.crypto.state} and {@code ro.crypto.type}. */
    public static Check encryption(SystemProperties props) {
        Optional<String> state = props.get("ro.crypto.state");
        Optional<String> type = props.get("ro.crypto.type");
        if (state.equals(Optional.of("unencrypted"))) {
            return new Check(
                    Kind.STORAGE_ENCRYPTED,
                    Verdict.FAIL,
                    "Storage is not encrypted: a reset deletes the data but has no key to destroy");
        }
        if (state.equals(Optional.of("encrypted")) && type.equals(Optional.of("file"))) {
            return new Check(
                    Kind.STORAGE_ENCRYPTED, Verdict.PASS, "File-based encryption: the factory reset destroys the keys");
        }
        if (state.equals(Optional.of("encrypted")) && type.equals(Optional.of("block"))) {
            return new Check(
                    Kind.STORAGE_ENCRYPTED, Verdict.PASS, "Full-disk encryption: the factory reset destroys the key");
        }
        return new Check(
                Kind.STORAGE_ENCRYPTED,
                Verdict.UNVERIFIED,
                "Could not verify encryption (state " + state.orElse("missing") + ", type " + type.orElse("missing")
                        + ")");
    }

    /** A su binary, a debuggable build, an insecure adbd or test keys each mean root access. */
    public static Check root(SystemProperties props, ShellResult whichSu) {
        Optional<Boolean> su = suPresent(whichSu);
        Optional<String> secure = props.get("ro.secure");
        Optional<String> debuggable = props.get("ro.debuggable");
        if (su.orElse(false)) {
            return new Check(Kind.NOT_ROOTED, Verdict.FAIL, "Rooted: a su binary is installed");
        }
        if (secure.equals(Optional.of("0")) || debuggable.equals(Optional.of("1"))) {
            return new Check(Kind.NOT_ROOTED, Verdict.FAIL, "Rooted: debuggable or insecure build");
        }
        if (props.get("ro.build.tags").map(t -> t.contains("test-keys")).orElse(false)) {
            return new Check(Kind.NOT_ROOTED, Verdict.FAIL, "Custom build signed with test keys");
        }
        if (su.isPresent() && secure.equals(Optional.of("1")) && debuggable.equals(Optional.of("0"))) {
            return new Check(Kind.NOT_ROOTED, Verdict.PASS, "Not rooted: no su binary, secure production build");
        }
        return new Check(Kind.NOT_ROOTED, Verdict.UNVERIFIED, "Could not verify root status");
    }

    /** Empty when the probe's answer cannot be read either way. */
    static Optional<Boolean> suPresent(ShellResult whichSu) {
        String out = whichSu.stdout().trim();
        boolean looksLikePath = out.startsWith("/") && !out.contains("\n") && !out.contains(" ");
        if (whichSu.exitedZero() && looksLikePath) {
            return Optional.of(true);
        }
        if (whichSu.exitCode().isPresent() && whichSu.exitCode().getAsInt() == 1 && out.isEmpty()) {
            return Optional.of(false);
        }
        if (whichSu.exitCode().isEmpty()) {
            return out.isEmpty() ? Optional.of(false) : looksLikePath ? Optional.of(true) : Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code ro.boot.flash.locked}, else {@code ro.boot.vbmeta.device_state}. */
    public static Check bootloader(SystemProperties props) {
        Optional<String> flashLocked = props.get("ro.boot.flash.locked");
        Optional<String> deviceState = props.get("ro.boot.vbmeta.device_state");
        if (flashLocked.equals(Optional.of("0")) || deviceState.equals(Optional.of("unlocked"))) {
            return new Check(Kind.BOOTLOADER_LOCKED, Verdict.FAIL, "The bootloader is unlocked");
        }
        if (flashLocked.equals(Optional.of("1")) || deviceState.equals(Optional.of("locked"))) {
            return new Check(Kind.BOOTLOADER_LOCKED, Verdict.PASS, "The bootloader is locked");
        }
        return new Check(Kind.BOOTLOADER_LOCKED, Verdict.UNVERIFIED, "Could not verify bootloader lock state");
    }

    /** {@code ro.boot.verifiedbootstate}: green, yellow (own key), orange (unlocked) or red. */
    public static Check verifiedBoot(SystemProperties props) {
        Optional<String> state = props.get("ro.boot.verifiedbootstate");
        return switch (state.orElse("")) {
            case "green" ->
                new Check(Kind.VERIFIED_BOOT, Verdict.PASS, "Verified boot: green (manufacturer's software)");
            case "yellow" ->
                new Check(
                        Kind.VERIFIED_BOOT, Verdict.FAIL, "Verified boot: yellow (software signed with a custom key)");
            case "orange" ->
                new Check(Kind.VERIFIED_BOOT, Verdict.FAIL, "Verified boot: orange (unlocked, software not verified)");
            case "red" -> new Check(Kind.VERIFIED_BOOT, Verdict.FAIL, "Verified boot: red (verification failed)");
            default -> new Check(Kind.VERIFIED_BOOT, Verdict.UNVERIFIED, "Could not verify the verified-boot state");
        };
    }
}

package org.cleartrade.deviceio.dock.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.deviceio.dock.android.ShellResult;
import org.cleartrade.deviceio.dock.android.SystemProperties;
import org.cleartrade.ports.dock.PhoneGoneException;

/**
 * One scripted phone on the cable, playing a {@link PhoneScenario}: answers shell commands,
 * waits for "Allow USB debugging", gets pulled out after N commands, drops off to reset and comes
 * back as another scenario. Used by the in-process simulated dock and by the fake adbd.
 *
 * <p>Besides the scenario's own answers it understands {@code getprop}, {@code getprop KEY},
 * {@code pm path PKG} and {@code cmd package install -t -S SIZE} (which reads an APK from stdin and
 * records its package as installed, the package name coming from the caller's APK metadata). It
 * plays the device-owner helper's life as Android does (docs/protocols/android.md, "The helper on
 * a real phone"): {@code dpm set-device-owner} names an installed helper owner (unless the
 * scenario scripts a refusal), after which {@code dpm list-owners} lists it, the helper's IMEI
 * broadcast answers the modem's IMEIs and its wipe broadcast is accepted; {@code pm uninstall}
 * fails while it is owner; {@code dpm remove-active-admin} takes ownership away from the test-only
 * helper.
 *
 * <p>Thread-safe: every method is synchronized; {@link #awaitAuthorized} waits on this monitor.
 */
public final class ScenarioPhone {

    /** Where the phone is, as the cable sees it. */
    public enum Presence {
        GONE,
        RESETTING,
        /**
         * On the USB bus with its serial, but USB debugging is off: adbd does not run, so adb never
         * lists the phone. Every production phone is here after a factory reset.
         */
        USB_ONLY,
        UNAUTHORIZED,
        AUTHORIZED
    }

    private static final Pattern INSTALL = Pattern.compile("^cmd package install (-t )?-S (\\d{1,10})$");
    /** The helper version the simulated helper reports, as device-io/android-helper builds it. */
    private static final String HELPER_VERSION = "1.1.0";

    private static final Pattern PM_PATH = Pattern.compile("^pm path (\\S+)$");

    private final Clock clock;
    private final Function<String, PhoneScenario> scenarios;
    private final String installedPackage;
    private PhoneScenario scenario;
    private boolean authorized;
    private boolean unplugged;
    private int commandsRun;
    private Instant resettingUntil;
    private final Set<String> installed = new HashSet<>();
    private boolean helperOwner;

    /**
     * @param scenarios resolves the after-reset scenario id
     * @param installedPackage the package an APK streamed into {@code cmd package install} installs
     */
    public ScenarioPhone(
            PhoneScenario scenario, Clock clock, Function<String, PhoneScenario> scenarios, String installedPackage) {
        this.scenario = scenario;
        this.clock = clock;
        this.scenarios = scenarios;
        this.installedPackage = installedPackage;
        this.authorized = scenario.authorizedOnPlug();
    }

    /**
     * What a phone on the cable is, physically, at one moment: enough to put the same phone back
     * on the cable after the kiosk restarts ({@link #restore}).
     *
     * @param resettingUntil when a reset in progress brings the phone back
     * @param helperOwner whether the installed helper is device owner
     */
    public record State(
            String scenarioId,
            boolean authorized,
            int commandsRun,
            Optional<Instant> resettingUntil,
            Set<String> installed,
            boolean helperOwner) {
        public State {
            resettingUntil = java.util.Objects.requireNonNull(resettingUntil, "resettingUntil");
            installed = Set.copyOf(installed);
        }
    }

    /** A phone put back on the cable in the state it was saved in. */
    public static ScenarioPhone restore(
            State state, Clock clock, Function<String, PhoneScenario> scenarios, String installedPackage) {
        ScenarioPhone phone =
                new ScenarioPhone(scenarios.apply(state.scenarioId()), clock, scenarios, installedPackage);
        phone.authorized = state.authorized();
        phone.commandsRun = state.commandsRun();
        phone.resettingUntil = state.resettingUntil().orElse(null);
        phone.installed.addAll(state.installed());
        phone.helperOwner = state.helperOwner();
        return phone;
    }

    /** The phone's state now; a phone whose reset has finished is saved as what it came back as. */
    public synchronized State state() {
        settle();
        return new State(
                scenario.id(),
                authorized,
                commandsRun,
                Optional.ofNullable(resettingUntil),
                Set.copyOf(installed),
                helperOwner);
    }

    public synchronized PhoneScenario scenario() {
        settle();
        return scenario;
    }

    public synchronized Presence presence() {
        settle();
        if (unplugged) {
            return Presence.GONE;
        }
        if (resettingUntil != null) {
            return Presence.RESETTING;
        }
        if (!scenario.usbDebugging()) {
            return Presence.USB_ONLY;
        }
        return authorized ? Presence.AUTHORIZED : Presence.UNAUTHORIZED;
    }

    /**
     * The serial in the phone's USB device descriptor while it is enumerated on the bus (plugged
     * in and not rebooting), whether or not adb can see it.
     */
    public synchronized Optional<String> usbSerial() {
        Presence p = presence();
        return p == Presence.GONE || p == Presence.RESETTING
                ? Optional.empty()
                : Optional.of(scenario.usbSerial()).filter(s -> !s.isEmpty());
    }

    /** The seller taps "Allow" on the phone. */
    public synchronized void authorize() {
        authorized = true;
        notifyAll();
    }

    /** The seller pulls the cable. */
    public synchronized void unplug() {
        unplugged = true;
        notifyAll();
    }

    /** Waits up to {@code timeout} for the seller to authorize; true once authorized. */
    public synchronized boolean awaitAuthorized(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!authorized && !unplugged) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return authorized && !unplugged;
    }

    /** Runs one command, or throws {@link PhoneGoneException} when the phone cannot answer. */
    public synchronized ShellResult execute(String command, byte[] stdin) {
        Presence presence = presence();
        if (presence != Presence.AUTHORIZED) {
            throw new PhoneGoneException("phone " + scenario.id() + " cannot answer: " + presence);
        }
        commandsRun++;
        if (scenario.unplugAfterCommands().isPresent()
                && commandsRun > scenario.unplugAfterCommands().getAsInt()) {
            unplug();
            throw new PhoneGoneException("phone " + scenario.id() + " was unplugged");
        }
        ShellResult result = answer(command.strip(), stdin);
        boolean helperAccepted =
                !command.strip().startsWith("am broadcast ") || result.stdout().contains("result=-1");
        if (helperAccepted && scenario.resetOn().filter(command.strip()::equals).isPresent()) {
            resettingUntil = clock.instant().plus(scenario.resetOffline());
        }
        return result;
    }

    private ShellResult answer(String command, byte[] stdin) {
        Optional<ShellResult> helper = helperAnswer(command);
        if (helper.isPresent()) {
            return helper.get();
        }
        ShellResult scripted = scenario.commands().get(command);
        if (scripted != null) {
            return scripted;
        }
        if (command.equals("getprop")) {
            return ShellResult.of(0, SystemProperties.format(scenario.properties()), "");
        }
        if (command.startsWith("getprop ")) {
            String value = scenario.property(command.substring(8).strip());
            return ShellResult.of(0, value + "\n", "");
        }
        Matcher install = INSTALL.matcher(command);
        if (install.matches()) {
            if (install.group(1) == null) {
                // The helper is a test-only package (android:testOnly): pm installs it only with -t.
                return ShellResult.of(1, "Failure [INSTALL_FAILED_TEST_ONLY: installPackageLI]\n", "");
            }
            return install(Long.parseLong(install.group(2)), stdin);
        }
        Matcher path = PM_PATH.matcher(command);
        if (path.matches()) {
            return installed.contains(path.group(1))
                    ? ShellResult.of(0, "package:/data/app/~~scenario/" + path.group(1) + "/base.apk\n", "")
                    : ShellResult.of(1, "", "");
        }
        String program = command.split("\\s+", 2)[0];
        return ShellResult.of(127, "", "/system/bin/sh: " + program + ": inaccessible or not found\n");
    }

    /**
     * What Android itself answers about the helper, before any scripted answer: the parts of a
     * phone's behaviour that depend on what the kiosk did to it (installed, made owner, removed).
     * A scenario still scripts refusals: a {@code set-device-owner} answered with an exception, a
     * wipe broadcast held back by the vendor's ROM.
     */
    private Optional<ShellResult> helperAnswer(String command) {
        String admin = installedPackage + "/.OwnerReceiver";
        boolean present = installed.contains(installedPackage);
        if (command.equals("dpm set-device-owner " + admin)) {
            if (!present) {
                return Optional.of(ShellResult.of(
                        255,
                        "",
                        "Exception occurred while executing 'set-device-owner':\n"
                                + "java.lang.IllegalArgumentException: Unknown admin: ComponentInfo{" + installedPackage
                                + "/" + installedPackage
                                + ".OwnerReceiver}\n"));
            }
            ShellResult scripted = scenario.commands().get(command);
            if (scripted != null && !scripted.stdout().contains("Success")) {
                return Optional.of(scripted);
            }
            helperOwner = true;
            return Optional.of(ShellResult.of(
                    0,
                    "Success: Device owner set to package ComponentInfo{" + installedPackage + "/"
                            + installedPackage + ".OwnerReceiver}\nActive admin set to component {" + installedPackage
                            + "/" + installedPackage
                            + ".OwnerReceiver}\n",
                    ""));
        }
        if (command.equals("dpm list-owners") && helperOwner) {
            return Optional.of(ShellResult.of(0, "1 owner:\nUser  0: admin=" + admin + ",DeviceOwner\n", ""));
        }
        if (command.equals("dpm remove-active-admin " + admin)) {
            helperOwner = false;
            return Optional.of(ShellResult.of(
                    0,
                    "Success: Admin removed ComponentInfo{" + installedPackage + "/" + installedPackage
                            + ".OwnerReceiver}\n",
                    ""));
        }
        if (command.equals("pm uninstall " + installedPackage)) {
            if (helperOwner) {
                return Optional.of(ShellResult.of(1, "Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n", ""));
            }
            return Optional.of(
                    installed.remove(installedPackage)
                            ? ShellResult.of(0, "Success\n", "")
                            : ShellResult.of(1, "Failure [DELETE_FAILED_INTERNAL_ERROR]\n", ""));
        }
        return broadcastAnswer(command, present);
    }

    /** The helper's broadcasts: nobody answers an app that is not installed; only an owner reads IMEIs or wipes. */
    private Optional<ShellResult> broadcastAnswer(String command, boolean present) {
        String broadcast = "am broadcast -a " + installedPackage + ".action.";
        if (command.startsWith(broadcast)) {
            String intent = "Broadcasting: Intent { act=" + command.substring(13, command.indexOf(" -n "))
                    + " flg=0x400000 cmp=" + command.substring(command.indexOf(" -n ") + 4) + " }\n";
            if (!present) {
                return Optional.of(ShellResult.of(0, intent + "Broadcast completed: result=0\n", ""));
            }
            ShellResult scripted = scenario.commands().get(command);
            if (helperOwner && scripted != null) {
                return Optional.of(scripted);
            }
            if (command.startsWith(broadcast + "READ_IMEI ")) {
                String data = helperOwner
                        ? "IMEI " + String.join(",", scenario.modemImeis())
                        : "IMEI_REFUSED not device owner";
                return Optional.of(ShellResult.of(
                        0,
                        intent + "Broadcast completed: result=" + (helperOwner ? -1 : 0) + ", data=\"" + data + "\"\n",
                        ""));
            }
            if (command.startsWith(broadcast + "WIPE ")) {
                if (!helperOwner) {
                    return Optional.of(ShellResult.of(
                            0, intent + "Broadcast completed: result=0, data=\"WIPE_REFUSED not device owner\"\n", ""));
                }
                String api = scenario.property("ro.build.version.sdk").matches("\\d+")
                                && Integer.parseInt(scenario.property("ro.build.version.sdk")) >= 34
                        ? "wipeDevice"
                        : "wipeData";
                return Optional.of(ShellResult.of(
                        0,
                        intent + "Broadcast completed: result=-1, data=\"WIPE_ACCEPTED version=" + HELPER_VERSION
                                + " api=" + api + "\"\n",
                        ""));
            }
        }
        return Optional.empty();
    }

    private ShellResult install(long size, byte[] apk) {
        boolean zip = apk.length >= 4 && apk[0] == 'P' && apk[1] == 'K' && apk[2] == 3 && apk[3] == 4;
        if (apk.length != size || !zip) {
            return ShellResult.of(
                    1, "Failure [INSTALL_PARSE_FAILED_NOT_APK: Failed to parse /data/app/vmdl.tmp/base.apk]\n", "");
        }
        installed.add(installedPackage);
        return ShellResult.of(0, "Success\n", "");
    }

    private void settle() {
        if (resettingUntil != null && !clock.instant().isBefore(resettingUntil)) {
            resettingUntil = null;
            scenario = scenarios.apply(scenario.resetReturnsAs().orElseThrow());
            authorized = scenario.authorizedOnPlug();
            commandsRun = 0;
            installed.clear();
            helperOwner = false;
            notifyAll();
        }
    }
}

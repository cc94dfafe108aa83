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
import org.cleartrade.deviceio.dock.PhoneGoneException;
import org.cleartrade.deviceio.dock.android.ShellResult;
import org.cleartrade.deviceio.dock.android.SystemProperties;

/**
 * One scripted phone on the cable, playing a {@link PhoneScenario}: answers shell commands,
 * waits for "Allow USB debugging", gets pulled out after N commands, drops off to reset and comes
 * back as another scenario. Used by the in-process simulated dock and by the fake adbd.
 *
 * <p>Besides the scenario's own answers it understands {@code getprop}, {@code getprop KEY},
 * {@code pm path PKG} and {@code cmd package install -S SIZE} (which reads an APK from stdin and
 * records its package as installed, the package name coming from the caller's APK metadata).
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

    private static final Pattern INSTALL = Pattern.compile("^cmd package install -S (\\d{1,10})$");
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
     */
    public record State(
            String scenarioId,
            boolean authorized,
            int commandsRun,
            Optional<Instant> resettingUntil,
            Set<String> installed) {
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
        return phone;
    }

    /** The phone's state now; a phone whose reset has finished is saved as what it came back as. */
    public synchronized State state() {
        settle();
        return new State(
                scenario.id(), authorized, commandsRun, Optional.ofNullable(resettingUntil), Set.copyOf(installed));
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
        if (scenario.resetOn().filter(command.strip()::equals).isPresent()) {
            resettingUntil = clock.instant().plus(scenario.resetOffline());
        }
        return result;
    }

    private ShellResult answer(String command, byte[] stdin) {
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
            return install(Long.parseLong(install.group(1)), stdin);
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
            notifyAll();
        }
    }
}

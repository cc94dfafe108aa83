package org.cleartrade.deviceio.dock.android;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.ports.dock.AndroidResetMethod;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.PhoneGoneException;

/**
 * Erases a phone through the device-owner helper, the route of DESIGN.md, in two calls after the
 * seller consented, and takes the helper off again on every path that does not end in an erase:
 *
 * <ol>
 *   <li>{@link #prepare}: {@code pm path org.cleartrade.wipe}; when absent, stream the APK into
 *       {@code cmd package install -t -S SIZE} (the helper is a test-only package, so that adb can
 *       later remove it as device owner); {@code dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver},
 *       which Android refuses while any account is signed in or another owner exists; then
 *       {@code am broadcast ... READ_IMEI}, answered {@code result=-1, data="IMEI a,b"} with the
 *       IMEI of each slot, which Android 10+ shows to a device owner and not to the shell;
 *   <li>{@link #erase}: {@code getprop} for the facts of the method line, then
 *       {@code am broadcast -a org.cleartrade.wipe.action.WIPE -n org.cleartrade.wipe/.WipeReceiver},
 *       whose result {@code -1} with data {@code WIPE_ACCEPTED version=V api=wipeDevice} is the
 *       helper's acknowledgement, sent just before it calls that API;
 *   <li>{@link #release}: {@code dpm remove-active-admin org.cleartrade.wipe/.OwnerReceiver} while it
 *       is owner, {@code pm uninstall org.cleartrade.wipe} while installed, then {@code pm path}
 *       and {@code dpm list-owners} read back that it is gone.
 * </ol>
 */
public final class DeviceOwnerEraser {

    public static final String SET_OWNER = "dpm set-device-owner " + HelperApk.ADMIN_COMPONENT;
    public static final String WIPE = "am broadcast -a " + HelperApk.WIPE_ACTION + " -n " + HelperApk.WIPE_RECEIVER;
    public static final String READ_IMEI =
            "am broadcast -a " + HelperApk.IMEI_ACTION + " -n " + HelperApk.IMEI_RECEIVER;
    public static final String PM_PATH = "pm path " + HelperApk.PACKAGE;
    public static final String REMOVE_OWNER = "dpm remove-active-admin " + HelperApk.ADMIN_COMPONENT;
    public static final String UNINSTALL = "pm uninstall " + HelperApk.PACKAGE;
    /** The install command for an APK of {@code size} bytes on stdin; {@code -t} allows a test-only package. */
    public static String install(long size) {
        return "cmd package install -t -S " + size;
    }

    static final String TOOL = "ClearTrade device-owner helper (" + HelperApk.PACKAGE + ")";

    private static final System.Logger LOG = System.getLogger(DeviceOwnerEraser.class.getName());
    private static final Pattern ACK = Pattern.compile(
            "Broadcast completed: result=(-?\\d+), data=\"WIPE_ACCEPTED version=([^\"\\s]+)(?: api=(wipeDevice|wipeData))?\"");
    private static final Pattern IMEI_ANSWER =
            Pattern.compile("Broadcast completed: result=(-?\\d+)(?:, data=\"([^\"]*)\")?");

    private final PhoneShell shell;
    private final Optional<HelperApk> apk;
    private final Clock clock;

    public DeviceOwnerEraser(PhoneShell shell, Optional<HelperApk> apk, Clock clock) {
        this.shell = shell;
        this.apk = apk;
        this.clock = clock;
    }

    /** Installs the helper, makes it device owner and has it read the IMEIs. Nothing is erased. */
    public ErasePreparation prepare() {
        ensureOwner();
        ShellResult answer = shell.run(READ_IMEI);
        Matcher m = IMEI_ANSWER.matcher(answer.stdout());
        if (!m.find()
                || !m.group(1).equals("-1")
                || m.group(2) == null
                || !m.group(2).startsWith("IMEI ")) {
            String why = "the helper read no IMEI: " + firstLine(answer);
            LOG.log(Level.INFO, "erase step: " + why);
            return new ErasePreparation(List.of(), why);
        }
        List<String> imeis = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String value : m.group(2).substring(5).split(",")) {
            String imei = value.strip();
            if (ImeiParcel.isValidImei(imei)) {
                if (!imeis.contains(imei)) {
                    imeis.add(imei);
                }
            } else if (!imei.isEmpty()) {
                rejected.add(imei.length() > 20 ? imei.substring(0, 20) + "…" : imei);
            }
        }
        String detail = "the helper read " + imeis.size() + " IMEI(s)"
                + (rejected.isEmpty() ? "" : "; not an IMEI: " + String.join(", ", rejected));
        LOG.log(Level.INFO, "erase step: " + detail);
        return new ErasePreparation(imeis, detail);
    }

    /** Asks the helper to wipe; its acknowledgement names the method built from the phone's facts. */
    public EraseAcknowledgement erase() {
        ensureOwner();
        SystemProperties props =
                SystemProperties.parse(shell.run(AndroidCommands.GETPROP).stdout());
        ShellResult wipe;
        try {
            wipe = shell.run(WIPE);
        } catch (PhoneGoneException e) {
            throw new PhoneGoneException(
                    "The phone went away before acknowledging the erase; whether it started is unknown", e);
        }
        Matcher ack = ACK.matcher(wipe.stdout());
        if (!ack.find() || !ack.group(1).equals("-1")) {
            throw refused("The helper did not accept the erase: " + firstLine(wipe));
        }
        LOG.log(Level.INFO, "erase step: helper acknowledged the wipe: " + ack.group());
        String method = AndroidResetMethod.describe(
                encryption(props), props.get("ro.build.version.release").orElse(""), Optional.ofNullable(ack.group(3)));
        return new EraseAcknowledgement(clock.instant(), method, TOOL, ack.group(2), ack.group());
    }

    /** The storage encryption the phone reports ({@code ro.crypto.state}, {@code ro.crypto.type}). */
    static AndroidResetMethod.Encryption encryption(SystemProperties props) {
        String state = props.get("ro.crypto.state").orElse("");
        String type = props.get("ro.crypto.type").orElse("");
        if (state.equals("unencrypted")) {
            return AndroidResetMethod.Encryption.NONE;
        }
        if (!state.equals("encrypted")) {
            return AndroidResetMethod.Encryption.UNKNOWN;
        }
        return switch (type) {
            case "file" -> AndroidResetMethod.Encryption.FILE_BASED;
            case "block" -> AndroidResetMethod.Encryption.FULL_DISK;
            default -> AndroidResetMethod.Encryption.UNKNOWN;
        };
    }

    /**
     * Takes the helper off the phone: device ownership removed, package uninstalled, then both read
     * back. Gone only when {@code pm path} finds no package and {@code dpm list-owners} names no
     * helper.
     */
    public HelperRemoval release() {
        List<String> steps = new ArrayList<>();
        try {
            if (helperIsOwner()) {
                ShellResult removed = shell.run(REMOVE_OWNER);
                steps.add(
                        removed.stdout().contains("Success")
                                ? "device ownership removed"
                                : "device ownership not removed (" + firstLine(removed) + ")");
            }
            if (installed()) {
                ShellResult uninstall = shell.run(UNINSTALL);
                steps.add(
                        uninstall.stdout().strip().startsWith("Success")
                                ? "uninstalled"
                                : "not uninstalled (" + firstLine(uninstall) + ")");
            }
            boolean gone = !installed() && !helperIsOwner();
            String detail = (steps.isEmpty() ? "the helper was not on the phone" : String.join(", ", steps))
                    + (gone
                            ? "; read back: not installed, not owner"
                            : "; read back: the helper is still on the phone");
            LOG.log(gone ? Level.INFO : Level.WARNING, "helper removal: " + detail);
            return new HelperRemoval(gone, detail);
        } catch (PhoneGoneException e) {
            String detail = "the phone left the dock before the helper could be checked gone"
                    + (steps.isEmpty() ? "" : " (" + String.join(", ", steps) + ")");
            LOG.log(Level.WARNING, "helper removal: " + detail);
            return new HelperRemoval(false, detail);
        }
    }

    private void ensureOwner() {
        if (helperIsOwner()) {
            return;
        }
        ensureHelperInstalled();
        ShellResult owner = shell.run(SET_OWNER);
        if (!owner.exitedZero() && !owner.exitCode().isEmpty()
                || !owner.stdout().contains("Success: Device owner set")) {
            throw refused("The phone refused the device owner: " + firstLine(owner));
        }
    }

    private boolean helperIsOwner() {
        return shell.run(AndroidCommands.OWNERS)
                .stdout()
                .lines()
                .anyMatch(l -> l.contains("admin=" + HelperApk.ADMIN_COMPONENT) && l.contains("DeviceOwner"));
    }

    private boolean installed() {
        return shell.run(PM_PATH).stdout().startsWith("package:");
    }

    private void ensureHelperInstalled() {
        if (installed()) {
            LOG.log(Level.INFO, "erase step: helper already installed");
            return;
        }
        HelperApk helper = apk.orElseThrow(
                () -> refused("The device-owner helper is not installed and no helper APK is configured"));
        byte[] bytes = helper.bytes();
        ShellResult install = shell.run(install(bytes.length), bytes);
        if (!install.stdout().strip().startsWith("Success")) {
            throw refused("Installing the device-owner helper failed: " + firstLine(install));
        }
        LOG.log(Level.INFO, "erase step: helper " + helper.version() + " installed");
    }

    private static EraseRefusedException refused(String reason) {
        LOG.log(Level.WARNING, "erase refused: " + reason);
        return new EraseRefusedException(reason);
    }

    private static String firstLine(ShellResult result) {
        String text = (result.stderr().isBlank() ? result.stdout() : result.stderr()).strip();
        // dpm prints "Exception occurred while executing ..." first; the reason is on the exception line.
        // am prints "Broadcasting: Intent {...}" first; the answer is on the "Broadcast completed" line.
        String line = text.isEmpty()
                ? "no output"
                : text.lines()
                        .filter(l -> l.matches("^[\\w.$]+(Exception|Error): .*") || l.startsWith("Broadcast completed"))
                        .map(l -> l.startsWith("Broadcast completed") ? l : l.substring(l.indexOf(": ") + 2))
                        .findFirst()
                        .orElse(text.lines().findFirst().orElse(""));
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}

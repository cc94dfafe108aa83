package org.cleartrade.deviceio.dock.android;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.deviceio.dock.EraseAcknowledgement;
import org.cleartrade.deviceio.dock.EraseRefusedException;
import org.cleartrade.deviceio.dock.PhoneGoneException;

/**
 * Starts a factory reset through the device-owner helper, the route of DESIGN.md:
 *
 * <ol>
 *   <li>{@code pm path org.cleartrade.wipe}; when absent, stream the APK into
 *       {@code cmd package install -S SIZE};
 *   <li>{@code dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver}, which Android refuses
 *       while any account is signed in or another owner exists;
 *   <li>{@code am broadcast -a org.cleartrade.wipe.action.WIPE -n org.cleartrade.wipe/.WipeReceiver},
 *       whose result {@code -1} with data {@code WIPE_ACCEPTED version=V} is the helper's
 *       acknowledgement, sent just before it calls {@code DevicePolicyManager.wipeDevice}.
 * </ol>
 */
public final class DeviceOwnerEraser {

    public static final String SET_OWNER = "dpm set-device-owner " + HelperApk.ADMIN_COMPONENT;
    public static final String WIPE = "am broadcast -a " + HelperApk.WIPE_ACTION + " -n " + HelperApk.WIPE_RECEIVER;
    public static final String PM_PATH = "pm path " + HelperApk.PACKAGE;
    static final String METHOD =
            "Factory reset by DevicePolicyManager.wipeDevice (cryptographic erase of file-based-encrypted storage)";
    static final String TOOL = "ClearTrade device-owner helper (" + HelperApk.PACKAGE + ")";

    private static final System.Logger LOG = System.getLogger(DeviceOwnerEraser.class.getName());
    private static final Pattern ACK =
            Pattern.compile("Broadcast completed: result=(-?\\d+), data=\"WIPE_ACCEPTED version=([^\"\\s]+)\"");

    private final PhoneShell shell;
    private final Optional<HelperApk> apk;
    private final Clock clock;

    public DeviceOwnerEraser(PhoneShell shell, Optional<HelperApk> apk, Clock clock) {
        this.shell = shell;
        this.apk = apk;
        this.clock = clock;
    }

    public EraseAcknowledgement erase() {
        ensureHelperInstalled();
        ShellResult owner = shell.run(SET_OWNER);
        if (!owner.exitedZero() && !owner.exitCode().isEmpty()
                || !owner.stdout().contains("Success: Device owner set")) {
            throw refused("The phone refused the device owner: " + firstLine(owner));
        }
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
        return new EraseAcknowledgement(clock.instant(), METHOD, TOOL, ack.group(2), ack.group());
    }

    private void ensureHelperInstalled() {
        if (shell.run(PM_PATH).stdout().startsWith("package:")) {
            LOG.log(Level.INFO, "erase step: helper already installed");
            return;
        }
        HelperApk helper = apk.orElseThrow(
                () -> refused("The device-owner helper is not installed and no helper APK is configured"));
        byte[] bytes = helper.bytes();
        ShellResult install = shell.run("cmd package install -S " + bytes.length, bytes);
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
        String line = text.isEmpty()
                ? "no output"
                : text.lines()
                        .filter(l -> l.matches("^[\\w.$]+(Exception|Error): .*"))
                        .map(l -> l.substring(l.indexOf(": ") + 2))
                        .findFirst()
                        .orElse(text.lines().findFirst().orElse(""));
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}

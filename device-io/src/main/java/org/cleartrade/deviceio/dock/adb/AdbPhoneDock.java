package org.cleartrade.deviceio.dock.adb;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cleartrade.deviceio.dock.android.AndroidInspector;
import org.cleartrade.deviceio.dock.android.DeviceOwnerEraser;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.android.ResetVerifier;
import org.cleartrade.deviceio.dock.usb.SysfsUsbSerialProbe;
import org.cleartrade.deviceio.dock.usb.UsbSerialProbe;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ports.dock.VerificationEvidence;

/**
 * The phone dock through the adb server (host protocol on TCP, see {@link AdbHostClient}). The
 * dock watches one device: the configured serial, or else the first device the server lists.
 * adb states map to {@link DockStatus.State}: {@code device} is AUTHORIZED, {@code unauthorized}
 * is UNAUTHORIZED, everything else listed (offline, authorizing, connecting, recovery...) is
 * OFFLINE.
 *
 * <p>After the erase, {@link #verifyErased} accepts two kinds of proof, and names which one on
 * the result: the phone back on adb (same {@code ro.serialno}, setup wizard not done, no
 * accounts), or, as usual after a reset turns USB debugging off, the phone's serial leaving the
 * USB bus and coming back ({@link UsbSerialProbe}).
 *
 * <p>After a real reset the phone never returns to adb (USB debugging is off, its adb keys are
 * gone), so {@link #onUsb} answers from the USB bus. adb names a USB phone by its USB serial
 * descriptor, which is {@code ro.serialno} on most phones but not all; the dock remembers the adb
 * serial it identified each phone under and accepts either on the bus.
 *
 * <p>A phone that adb does not list but the USB bus shows without an adb interface has USB
 * debugging off: the status says so ({@link DockStatus#usbDebuggingOff()}), so the seller is
 * coached to turn it on rather than to plug the phone in.
 *
 * <p>Thread-safe: besides the immutable settings, the only state is that concurrent map of serials;
 * calls may overlap.
 */
public final class AdbPhoneDock implements PhoneDock {

    private static final System.Logger LOG = System.getLogger(AdbPhoneDock.class.getName());
    static final String USB_ONLY_METHOD =
            "Phone left the USB bus and re-enumerated with the same serial (USB descriptor);"
                    + " setup state not readable (USB debugging is off after a reset)";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration ADB_GRACE = Duration.ofSeconds(5);

    private final AdbHostClient client;
    private final AdbServerProcess server;
    private final Optional<String> serial;
    private final Optional<HelperApk> helper;
    private final Clock clock;
    private final Pacer pacer;
    private final UsbSerialProbe usb;
    private final Map<String, String> adbSerials = new ConcurrentHashMap<>();

    /** A dock that looks for the returning phone's serial in Linux sysfs. */
    public AdbPhoneDock(
            AdbHostClient client,
            AdbServerProcess server,
            Optional<String> serial,
            Optional<HelperApk> helper,
            Clock clock,
            Pacer pacer) {
        this(client, server, serial, helper, clock, pacer, new SysfsUsbSerialProbe(SysfsUsbSerialProbe.DEFAULT_ROOT));
    }

    public AdbPhoneDock(
            AdbHostClient client,
            AdbServerProcess server,
            Optional<String> serial,
            Optional<HelperApk> helper,
            Clock clock,
            Pacer pacer,
            UsbSerialProbe usb) {
        this.usb = usb;
        this.client = client;
        this.server = server;
        this.serial = serial;
        this.helper = helper;
        this.clock = clock;
        this.pacer = pacer;
    }

    @Override
    public DockStatus status() {
        Optional<AdbHostClient.Device> device = device();
        if (device.isEmpty()) {
            // adb cannot see a phone with USB debugging off; the USB bus can, without its adb interface.
            return usb.androidWithoutAdb() ? DockStatus.usbDebuggingOff() : DockStatus.empty();
        }
        Optional<String> s = Optional.of(device.get().serial());
        return switch (device.get().state()) {
            case "device" -> DockStatus.of(DockStatus.State.AUTHORIZED, s, Platform.ANDROID);
            case "unauthorized" -> DockStatus.waiting(s, Platform.ANDROID, DockStatus.Prompt.ALLOW_USB_DEBUGGING);
            default -> DockStatus.of(DockStatus.State.OFFLINE, s, Platform.ANDROID);
        };
    }

    @Override
    public PhoneIdentity identify() {
        AdbShell shell = shell();
        PhoneIdentity identity = new AndroidInspector(shell).identify();
        if (!identity.serial().isEmpty() && !identity.serial().equals(shell.serial())) {
            adbSerials.put(identity.serial(), shell.serial());
        }
        return identity;
    }

    @Override
    public boolean onUsb(String serial) {
        if (onUsbBus(serial)) {
            return true;
        }
        // A phone still on adb (a build that keeps USB debugging on after a reset) is on USB too.
        String adbName = adbSerials.getOrDefault(serial, serial);
        return device().filter(d -> d.serial().equals(adbName))
                .filter(d -> d.state().equals("device") || d.state().equals("unauthorized"))
                .isPresent();
    }

    @Override
    public InspectionReport inspect() {
        return new AndroidInspector(shell()).inspect();
    }

    @Override
    public ErasePreparation prepareErase() {
        return new DeviceOwnerEraser(shell(), helper, clock).prepare();
    }

    @Override
    public EraseAcknowledgement erase() {
        return new DeviceOwnerEraser(shell(), helper, clock).erase();
    }

    @Override
    public HelperRemoval removeHelper() {
        AdbShell shell;
        try {
            shell = shell();
        } catch (PhoneGoneException e) {
            return new HelperRemoval(false, "no phone answers on adb: the helper could not be checked gone");
        }
        return new DeviceOwnerEraser(shell, helper, clock).release();
    }

    @Override
    public Optional<String> eraseBlocker() {
        return helper.isPresent()
                ? Optional.empty()
                : Optional.of("no device-owner helper APK is configured (dock.helperApk): the erase cannot start");
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        boolean adbAway = false;
        boolean usbAway = false;
        Instant usbProofAt = null;
        while (true) {
            DockStatus status = status();
            boolean onUsb = onUsbBus(expectedSerial);
            adbAway |= status.state() != DockStatus.State.AUTHORIZED;
            usbAway |= !onUsb;
            if (adbAway && status.state() == DockStatus.State.AUTHORIZED) {
                try {
                    return new ResetVerifier(shell(), clock).verify(expectedSerial);
                } catch (PhoneGoneException e) {
                    LOG.log(Level.INFO, "phone left again while being verified; still watching: " + e.getMessage());
                }
            }
            boolean adbSeesSerial = status.state() == DockStatus.State.UNAUTHORIZED
                    && status.serial().filter(expectedSerial::equals).isPresent();
            if (usbProofAt == null && adbAway && (adbSeesSerial || usbAway && onUsb)) {
                // Back on USB: give adb a moment to come back too, for the stronger proof.
                Instant graceEnd = clock.instant().plus(ADB_GRACE);
                usbProofAt = graceEnd.isBefore(deadline) ? graceEnd : deadline;
            }
            if (usbProofAt != null && !clock.instant().isBefore(usbProofAt)) {
                return EraseVerification.proven(
                        clock.instant(),
                        USB_ONLY_METHOD,
                        "Serial " + expectedSerial + " left and came back on USB",
                        VerificationEvidence.USB_REENUMERATED_SAME_SERIAL);
            }
            if (!clock.instant().isBefore(deadline)) {
                return notVerified(adbAway, usbAway, timeout, status);
            }
            try {
                pacer.pause(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EraseVerification.failed(clock.instant(), USB_ONLY_METHOD, "Verification was interrupted");
            }
        }
    }

    private EraseVerification notVerified(boolean adbAway, boolean usbAway, Duration timeout, DockStatus last) {
        return EraseVerification.failed(
                clock.instant(),
                USB_ONLY_METHOD,
                "Could not verify: the phone "
                        + (adbAway ? "left adb" : "never left adb") + " and its serial was "
                        + (usbAway ? "not seen back on USB" : "never seen leaving USB")
                        + " within " + timeout.toSeconds() + " s (last adb state: " + last.state() + ")");
    }

    private boolean onUsbBus(String serial) {
        return usb.present(serial)
                || Optional.ofNullable(adbSerials.get(serial))
                        .filter(usb::present)
                        .isPresent();
    }

    private AdbShell shell() {
        DockStatus status = status();
        if (status.state() != DockStatus.State.AUTHORIZED) {
            throw new PhoneGoneException("No authorized phone on the dock (" + status.state() + ")");
        }
        String s = status.serial().orElseThrow();
        try {
            return new AdbShell(client, s, client.features(s).contains("shell_v2"));
        } catch (IOException e) {
            throw new PhoneGoneException("phone " + s + " went away: " + e.getMessage(), e);
        }
    }

    private Optional<AdbHostClient.Device> device() {
        List<AdbHostClient.Device> devices;
        try {
            devices = client.devices();
        } catch (IOException first) {
            server.ensureRunning(client);
            try {
                devices = client.devices();
            } catch (IOException e) {
                throw new DeviceException(
                        "adb server on port " + client.port() + " does not answer: " + e.getMessage(), e);
            }
        }
        if (serial.isPresent()) {
            return devices.stream().filter(d -> d.serial().equals(serial.get())).findFirst();
        }
        if (devices.size() > 1) {
            LOG.log(Level.WARNING, devices.size() + " phones on the adb server; the dock watches the first");
        }
        return devices.stream().findFirst();
    }
}

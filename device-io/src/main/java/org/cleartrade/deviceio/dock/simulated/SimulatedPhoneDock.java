package org.cleartrade.deviceio.dock.simulated;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.cleartrade.deviceio.dock.android.AndroidInspector;
import org.cleartrade.deviceio.dock.android.DeviceOwnerEraser;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.android.ResetVerifier;
import org.cleartrade.deviceio.dock.scenario.PhoneScenario;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.scenario.ScenarioShell;
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
 * An in-process dock for demo mode and journey tests. A demo panel or test plays the physical
 * side ({@link #plug}, {@link #authorize}, {@link #unplug}); the kiosk side runs the same
 * {@link AndroidInspector}, {@link DeviceOwnerEraser} and {@link ResetVerifier} as the adb driver,
 * fed by the scenario's shell outputs.
 *
 * <p>Thread-safe: the physical side may act from another thread while a call is running; the
 * phone itself is a synchronized {@link ScenarioPhone}.
 *
 * <p>Persistence: built with {@link #persistent}, the phone on the cable (which scenario, whether
 * it trusts the kiosk, a reset in progress) is written to a small properties file after every
 * change and read back on start, so a kiosk restarted after a crash finds the same phone.
 */
public final class SimulatedPhoneDock implements PhoneDock {

    static final String USB_ONLY_METHOD =
            "Phone left the USB bus and re-enumerated with the same serial (USB descriptor);"
                    + " setup state not readable (USB debugging is off after a reset)";
    private static final Duration POLL = Duration.ofMillis(250);

    private final PhoneScenarioLibrary library;
    private final Clock clock;
    private final Pacer pacer;
    private final Optional<HelperApk> helper;
    private final AtomicReference<ScenarioPhone> phone = new AtomicReference<>();
    private final AtomicReference<ScenarioPhone> last = new AtomicReference<>();
    private final Map<String, String> usbSerials = new ConcurrentHashMap<>();
    private final Optional<DockSnapshotFile> store;

    public SimulatedPhoneDock(PhoneScenarioLibrary library, Clock clock, Pacer pacer, Optional<HelperApk> helper) {
        this(library, clock, pacer, helper, Optional.empty());
    }

    private SimulatedPhoneDock(
            PhoneScenarioLibrary library,
            Clock clock,
            Pacer pacer,
            Optional<HelperApk> helper,
            Optional<DockSnapshotFile> store) {
        this.library = library;
        this.clock = clock;
        this.pacer = pacer;
        this.helper = helper;
        this.store = store;
    }

    /**
     * A dock that keeps its phone in {@code file} across restarts; a missing file is an empty dock.
     * A file that cannot be understood is an {@link IllegalArgumentException} naming the key.
     */
    public static SimulatedPhoneDock persistent(
            Path file, PhoneScenarioLibrary library, Clock clock, Pacer pacer, Optional<HelperApk> helper) {
        DockSnapshotFile store = new DockSnapshotFile(file);
        SimulatedPhoneDock dock = new SimulatedPhoneDock(library, clock, pacer, helper, Optional.of(store));
        store.read()
                .ifPresent(state ->
                        dock.phone.set(ScenarioPhone.restore(state, clock, library::scenario, HelperApk.PACKAGE)));
        dock.last.set(dock.phone.get());
        dock.save();
        return dock;
    }

    /** The phones a demo panel can offer. */
    public List<String> scenarioIds() {
        return library.pluggableIds();
    }

    /** Plugs in the phone of the given scenario, replacing any phone on the cable. */
    public void plug(String scenarioId) {
        plug(library.scenario(scenarioId));
    }

    public void plug(PhoneScenario scenario) {
        ScenarioPhone plugged = new ScenarioPhone(scenario, clock, library::scenario, HelperApk.PACKAGE);
        phone.set(plugged);
        last.set(plugged);
        save();
    }

    /** The seller taps "Allow USB debugging". */
    public void authorize() {
        current().ifPresent(ScenarioPhone::authorize);
        save();
    }

    /** The seller pulls the cable out. */
    public void unplug() {
        ScenarioPhone gone = phone.getAndSet(null);
        if (gone != null) {
            gone.unplug();
        }
        save();
    }

    /** The scenario of the phone on the cable, if any. */
    public Optional<PhoneScenario> currentScenario() {
        return current().map(ScenarioPhone::scenario);
    }

    @Override
    public DockStatus status() {
        Optional<ScenarioPhone> p = current();
        if (p.isEmpty()) {
            return DockStatus.empty();
        }
        Optional<String> serial =
                Optional.of(p.get().scenario().property("ro.serialno")).filter(s -> !s.isEmpty());
        return switch (p.get().presence()) {
            case GONE -> DockStatus.empty();
            // USB debugging off: the phone is on the bus but, as through the adb server, not seen;
            // the bus shows it without an adb interface, as the adb dock's USB probe reads it.
            case USB_ONLY -> DockStatus.usbDebuggingOff();
            case RESETTING -> DockStatus.of(DockStatus.State.OFFLINE, serial, Platform.ANDROID);
            case UNAUTHORIZED -> DockStatus.waiting(serial, Platform.ANDROID, DockStatus.Prompt.ALLOW_USB_DEBUGGING);
            case AUTHORIZED -> DockStatus.of(DockStatus.State.AUTHORIZED, serial, Platform.ANDROID);
        };
    }

    @Override
    public PhoneIdentity identify() {
        try {
            PhoneIdentity identity = new AndroidInspector(shell()).identify();
            current()
                    .flatMap(ScenarioPhone::usbSerial)
                    .filter(usbSerial -> !usbSerial.equals(identity.serial()))
                    .ifPresent(usbSerial -> usbSerials.put(identity.serial(), usbSerial));
            return identity;
        } finally {
            save();
        }
    }

    /**
     * From the USB bus, as the adb dock's {@code UsbSerialProbe} reads it: the phone's USB serial
     * descriptor, tied to the inspected serial as adb tied them when it identified the phone.
     */
    @Override
    public boolean onUsb(String serial) {
        String usbSerial = usbSerials.getOrDefault(serial, serial);
        return current()
                .flatMap(ScenarioPhone::usbSerial)
                .filter(usbSerial::equals)
                .isPresent();
    }

    @Override
    public InspectionReport inspect() {
        try {
            return new AndroidInspector(shell()).inspect();
        } finally {
            save();
        }
    }

    @Override
    public ErasePreparation prepareErase() {
        try {
            return new DeviceOwnerEraser(shell(), helper, clock).prepare();
        } finally {
            save();
        }
    }

    @Override
    public EraseAcknowledgement erase() {
        try {
            return new DeviceOwnerEraser(shell(), helper, clock).erase();
        } finally {
            save();
        }
    }

    @Override
    public HelperRemoval removeHelper() {
        try {
            if (current().map(ScenarioPhone::presence).orElse(null) != ScenarioPhone.Presence.AUTHORIZED) {
                return new HelperRemoval(false, "no phone answers on the dock: the helper could not be checked gone");
            }
            return new DeviceOwnerEraser(shell(), helper, clock).release();
        } finally {
            save();
        }
    }

    /**
     * The physical state of the phone last on the cable, still known after it was unplugged: what
     * a technician would find on it. For the journey driver's checks.
     */
    public Optional<ScenarioPhone.State> lastPhoneState() {
        return Optional.ofNullable(last.get()).map(ScenarioPhone::state);
    }

    @Override
    public Optional<String> eraseBlocker() {
        return helper.isPresent()
                ? Optional.empty()
                : Optional.of("the simulated dock has no device-owner helper: the erase cannot start");
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        try {
            return awaitReset(expectedSerial, timeout);
        } finally {
            save();
        }
    }

    private EraseVerification awaitReset(String expectedSerial, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            DockStatus status = status();
            boolean sameSerial = status.serial().filter(expectedSerial::equals).isPresent();
            if (status.state() == DockStatus.State.AUTHORIZED) {
                return new ResetVerifier(shell(), clock).verify(expectedSerial);
            }
            boolean usbOnly = current()
                    .map(ScenarioPhone::presence)
                    .filter(ScenarioPhone.Presence.USB_ONLY::equals)
                    .isPresent();
            if (usbOnly) {
                return onUsb(expectedSerial)
                        ? EraseVerification.proven(
                                clock.instant(),
                                USB_ONLY_METHOD,
                                "Serial " + expectedSerial + " left and came back on USB",
                                VerificationEvidence.USB_REENUMERATED_SAME_SERIAL)
                        : EraseVerification.failed(
                                clock.instant(), USB_ONLY_METHOD, "A USB device with another serial is on the cable");
            }
            if (status.state() == DockStatus.State.UNAUTHORIZED) {
                return sameSerial
                        ? EraseVerification.proven(
                                clock.instant(),
                                USB_ONLY_METHOD,
                                "Serial " + expectedSerial + " seen again on USB",
                                VerificationEvidence.USB_REENUMERATED_SAME_SERIAL)
                        : EraseVerification.failed(
                                clock.instant(), USB_ONLY_METHOD, "A phone with another serial is on the cable");
            }
            if (!clock.instant().isBefore(deadline)) {
                return EraseVerification.failed(
                        clock.instant(),
                        USB_ONLY_METHOD,
                        "The phone did not come back within " + timeout.toSeconds() + " s (last seen: " + status.state()
                                + ")");
            }
            try {
                pacer.pause(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EraseVerification.failed(clock.instant(), USB_ONLY_METHOD, "Verification was interrupted");
            }
        }
    }

    /**
     * Writes the phone on the cable to the store, if this dock has one; synchronized so that, when
     * two threads save at once, the last write holds the newest state.
     */
    private synchronized void save() {
        store.ifPresent(file -> file.write(current()
                .filter(p -> p.presence() != ScenarioPhone.Presence.GONE)
                .map(ScenarioPhone::state)));
    }

    private Optional<ScenarioPhone> current() {
        return Optional.ofNullable(phone.get());
    }

    private ScenarioShell shell() {
        return new ScenarioShell(current().orElseThrow(() -> new PhoneGoneException("No phone is on the dock")));
    }
}

package org.cleartrade.deviceio.dock.simulated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.ios.ErasedPhones;
import org.cleartrade.deviceio.dock.ios.IphoneDock;
import org.cleartrade.deviceio.dock.ios.PairRecordStore;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.iphone.IphoneScenario;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.iphone.ScenarioIphone;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * The iPhone cable of demo mode and the journeys. A demo panel or script plays the physical side
 * ({@link #plug}, {@link #unlock}, {@link #tapTrust}, {@link #tapDontTrust}, {@link #unplug}); the
 * kiosk side is the real {@link IphoneDock}, over an in-process usbmuxd ({@link SimulatedUsbmux}),
 * with its pair records and erased-phone file in {@code stateDirectory}.
 *
 * <p>Persistence: built with a snapshot file, the phone on the cable is written after every call
 * and read back on start, so a kiosk restarted after a crash finds the same phone.
 *
 * <p>Thread-safe: the phone is a synchronized {@link ScenarioIphone}; the dock is thread-safe.
 */
public final class SimulatedIphoneDock implements PhoneDock {

    private final IphoneScenarioLibrary library;
    private final Clock clock;
    private final AtomicReference<ScenarioIphone> phone = new AtomicReference<>();
    private final Optional<IphoneSnapshotFile> store;
    private final IphoneDock dock;
    private final PairRecordStore records;

    private SimulatedIphoneDock(
            IphoneScenarioLibrary library,
            Clock clock,
            Pacer pacer,
            Path stateDirectory,
            Optional<IphoneSnapshotFile> store) {
        this.library = library;
        this.clock = clock;
        this.store = store;
        store.flatMap(IphoneSnapshotFile::read)
                .ifPresent(s -> phone.set(ScenarioIphone.restore(s, clock, library::scenario)));
        try {
            this.records = new PairRecordStore(stateDirectory.resolve("pairing"));
            this.dock = new IphoneDock(
                    new SimulatedUsbmux(() -> Optional.ofNullable(phone.get())),
                    records,
                    new ErasedPhones(stateDirectory, clock),
                    new PairingCertificates(reusedKeys(), clock),
                    clock,
                    pacer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated iPhone dock in " + stateDirectory, e);
        }
        save();
    }

    /** A dock whose cable is forgotten when the process ends; its pairing files go in {@code stateDirectory}. */
    public static SimulatedIphoneDock create(
            IphoneScenarioLibrary library, Clock clock, Pacer pacer, Path stateDirectory) {
        return new SimulatedIphoneDock(library, clock, pacer, stateDirectory, Optional.empty());
    }

    /** A dock that keeps the phone on its cable in {@code stateDirectory/iphone-cable.properties}. */
    public static SimulatedIphoneDock persistent(
            IphoneScenarioLibrary library, Clock clock, Pacer pacer, Path stateDirectory) {
        return new SimulatedIphoneDock(
                library,
                clock,
                pacer,
                stateDirectory,
                Optional.of(new IphoneSnapshotFile(stateDirectory.resolve("iphone-cable.properties"))));
    }

    /** The phones a demo panel can offer. */
    public List<String> scenarioIds() {
        return library.pluggableIds();
    }

    public boolean knows(String scenarioId) {
        return library.has(scenarioId);
    }

    /** Plugs in the iPhone of the given scenario, replacing any phone on the cable. */
    public void plug(String scenarioId) {
        plug(library.scenario(scenarioId));
    }

    public void plug(IphoneScenario scenario) {
        phone.set(new ScenarioIphone(scenario, clock, library::scenario));
        save();
    }

    public void unlock() {
        current().ifPresent(ScenarioIphone::unlock);
        save();
    }

    public void tapTrust() {
        current().ifPresent(ScenarioIphone::tapTrust);
        save();
    }

    public void tapDontTrust() {
        current().ifPresent(ScenarioIphone::tapDontTrust);
        save();
    }

    /** Whether the phone on the cable shows "Trust This Computer?" now. */
    public boolean trustDialogShown() {
        return current().map(p -> p.prompt() == ScenarioIphone.Prompt.SHOWN).orElse(false);
    }

    public void unplug() {
        ScenarioIphone gone = phone.getAndSet(null);
        if (gone != null) {
            gone.unplug();
        }
        save();
    }

    public Optional<IphoneScenario> currentScenario() {
        return current().map(ScenarioIphone::scenario);
    }

    /** Requests sent to the simulated usbmuxd and phone so far. */
    public long roundTrips() {
        return dock.roundTrips();
    }

    @Override
    public DockStatus status() {
        try {
            return dock.status();
        } finally {
            save();
        }
    }

    @Override
    public PhoneIdentity identify() {
        try {
            return dock.identify();
        } finally {
            save();
        }
    }

    @Override
    public InspectionReport inspect() {
        try {
            return dock.inspect();
        } finally {
            save();
        }
    }

    @Override
    public EraseAcknowledgement erase() {
        try {
            return dock.erase();
        } finally {
            save();
        }
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        try {
            return dock.verifyErased(expectedSerial, timeout);
        } finally {
            save();
        }
    }

    @Override
    public Optional<String> eraseBlocker() {
        return dock.eraseBlocker();
    }

    @Override
    public boolean remembersErase(String serial) {
        return dock.remembersErase(serial);
    }

    @Override
    public void release() {
        dock.release();
    }

    /** UDIDs with a pair record in the kiosk's store: none once a session has ended. */
    public List<String> pairRecords() {
        try {
            return records.udids();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pair records in " + records.directory(), e);
        }
    }

    private Optional<ScenarioIphone> current() {
        return Optional.ofNullable(phone.get());
    }

    /** Writes the phone on the cable to the store; synchronized so the last write holds the newest state. */
    private synchronized void save() {
        store.ifPresent(file -> file.write(current()
                .filter(p -> p.presence() != ScenarioIphone.Presence.GONE
                        || p.state().neverBack())
                .map(ScenarioIphone::state)));
    }

    private static KeyPair sharedKeys;

    /**
     * One RSA key pair for every simulated pairing of the process: generating two keys per pairing
     * would dominate the journeys' time. The real dock makes fresh keys for every pairing.
     */
    private static synchronized Supplier<KeyPair> reusedKeys() {
        if (sharedKeys == null) {
            sharedKeys = PairingCertificates.freshRsaKeys().get();
        }
        KeyPair keys = sharedKeys;
        return () -> keys;
    }
}

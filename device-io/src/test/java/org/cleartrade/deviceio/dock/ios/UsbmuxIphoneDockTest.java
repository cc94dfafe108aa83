package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.usbmuxd.ScenarioUsbmuxDaemon;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.PhoneDock;
import org.junit.jupiter.api.Test;

/** The iPhone dock contract through the fake usbmuxd on a Unix socket: real bytes, real TLS. */
class UsbmuxIphoneDockTest extends IphoneDockContract {

    private static final IphoneScenarioLibrary LIBRARY = new IphoneScenarioLibrary();

    private ScenarioUsbmuxDaemon daemon;

    @Override
    IphoneWorld createWorld(Path directory) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        daemon = new ScenarioUsbmuxDaemon(directory.resolve("usbmuxd"), clock, LIBRARY::scenario);
        PairRecordStore records = new PairRecordStore(directory.resolve("iphone/pairing"));
        IphoneDock dock = new IphoneDock(
                new UsbmuxdClient(daemon.socket(), Duration.ofSeconds(5)),
                records,
                new ErasedPhones(directory.resolve("iphone"), clock),
                new PairingCertificates(IphoneWorld.sharedKeys(), clock),
                clock,
                clock::advance);
        return new IphoneWorld() {
            @Override
            public PhoneDock dock() {
                return dock;
            }

            @Override
            public MutableClock clock() {
                return clock;
            }

            @Override
            public void plug(String scenarioId) {
                daemon.plug(LIBRARY.scenario(scenarioId));
            }

            @Override
            public void unlock() {
                daemon.phone().orElseThrow().unlock();
            }

            @Override
            public void tapTrust() {
                daemon.phone().orElseThrow().tapTrust();
            }

            @Override
            public void tapDontTrust() {
                daemon.phone().orElseThrow().tapDontTrust();
            }

            @Override
            public void unplug() {
                daemon.unplug();
            }

            @Override
            public List<String> kioskPairRecords() throws Exception {
                return records.udids();
            }

            @Override
            public List<String> daemonPairRecords() {
                return List.copyOf(daemon.pairRecords().keySet());
            }

            @Override
            public void close() throws Exception {
                daemon.close();
            }
        };
    }

    @Test
    void theLockdownSessionRunsOverTls12WithThePairingsCertificates() throws Exception {
        plugAndTrust("iphone-13-clean");
        UsbmuxdClient client = new UsbmuxdClient(daemon.socket(), Duration.ofSeconds(5));
        UsbmuxDevice device = client.devices().get(0);
        PairRecord record = new PairRecordStore(dir.resolve("iphone/pairing"))
                .read(device.udid())
                .orElseThrow();

        try (LockdownClient lockdown = new LockdownClient(client.connect(device, LockdownClient.PORT))) {
            lockdown.startSession(record);
            assertThat(lockdown.getValue(null, "SerialNumber").flatMap(v -> v.string("Value")))
                    .contains("F9KQ2X7LMW");
        }
    }

    @Test
    void aPairRecordTheDaemonKeptIsDeletedWhenThePhoneLeaves() {
        plugAndTrust("iphone-13-clean");
        daemon.savePairRecord("00008110-001A2C3E0E91801E", "preflight".getBytes(StandardCharsets.US_ASCII));

        world.unplug();
        dock.status();

        assertThat(daemon.pairRecords()).isEmpty();
    }

    @Test
    void pairRecordsAreOwnerOnlyFiles() throws Exception {
        plugAndTrust("iphone-13-clean");
        Path store = dir.resolve("iphone/pairing");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(store.resolve("00008110-001A2C3E0E91801E.plist"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDockStartingAfterACrashDeletesTheRecordsItFinds() throws Exception {
        plugAndTrust("iphone-13-clean");
        MutableClock clock = world.clock();

        new IphoneDock(
                new UsbmuxdClient(daemon.socket(), Duration.ofSeconds(5)),
                new PairRecordStore(dir.resolve("iphone/pairing")),
                new ErasedPhones(dir.resolve("iphone"), clock),
                new PairingCertificates(IphoneWorld.sharedKeys(), clock),
                clock,
                clock::advance);

        assertThat(world.kioskPairRecords()).isEmpty();
    }

    @Test
    void anUnreachableDaemonIsADeviceFault() throws Exception {
        daemon.close();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(dock::status))
                .isInstanceOf(org.cleartrade.ports.DeviceException.class)
                .hasMessageContaining("usbmuxd");
        assertThat(State.values()).isNotEmpty();
    }
}

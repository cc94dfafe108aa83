package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.DockStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usbmuxd half of the protocol against Debian's own daemon ({@code usbmuxd} 1.1.1, installed by
 * scripts/install-deps.sh). Without an iPhone on USB the daemon still answers every request that
 * does not need one. It runs in its own mount namespace, with a temporary directory mounted on
 * {@code /run} and one on {@code /var/lib}, so its fixed socket path {@code /var/run/usbmuxd} and
 * its pair-record folder {@code /var/lib/lockdown} are temporary files here. Needs root (for the
 * namespace), as CI has; skipped elsewhere.
 */
class DebianUsbmuxdTest {

    private static final String UDID = "00008110-001A2C3E0E91801E";

    @TempDir
    static Path dir;

    private static Process daemon;
    private static UsbmuxdClient client;

    @BeforeAll
    static void startDebiansUsbmuxd() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root for a private mount namespace");
        assumeTrue(onPath("usbmuxd") && onPath("unshare"), "needs Debian's usbmuxd and util-linux unshare");
        Path run = Files.createDirectory(dir.resolve("run"));
        Path lib = Files.createDirectory(dir.resolve("lib"));
        daemon = new ProcessBuilder(
                        "unshare",
                        "--mount",
                        "--fork",
                        "--kill-child",
                        "--",
                        "sh",
                        "-c",
                        "mount --bind '" + run + "' /run && mount --bind '" + lib + "' /var/lib && exec usbmuxd -f -p")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("usbmuxd.log").toFile())
                .start();
        Path socket = run.resolve("usbmuxd");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (System.nanoTime() > deadline || !daemon.isAlive()) {
                throw new IllegalStateException(
                        "usbmuxd did not start: " + Files.readString(dir.resolve("usbmuxd.log")));
            }
            Thread.sleep(50);
        }
        client = new UsbmuxdClient(socket, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (daemon != null) {
            // The daemon is a child of unshare: stop it first, then unshare.
            daemon.descendants().forEach(ProcessHandle::destroy);
            daemon.destroy();
            if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                daemon.descendants().forEach(ProcessHandle::destroyForcibly);
                daemon.destroyForcibly();
            }
        }
    }

    @Test
    void withNoIphoneOnUsbTheDeviceListIsEmptyAndTheDockIsEmpty() throws Exception {
        assertThat(client.devices()).isEmpty();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        IphoneDock dock = new IphoneDock(
                client,
                new PairRecordStore(dir.resolve("kiosk/pairing")),
                new ErasedPhones(dir.resolve("kiosk"), clock),
                new PairingCertificates(IphoneWorld.sharedKeys(), clock),
                clock,
                clock::advance);
        assertThat(dock.status()).isEqualTo(DockStatus.empty());
    }

    @Test
    void theSystemBuidIsAUuidAndStaysTheSame() throws IOException {
        String buid = client.systemBuid();
        assertThat(buid).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(client.systemBuid()).isEqualTo(buid);
    }

    @Test
    void aPairRecordTheDaemonKeepsIsReadBackAndDeleted() throws IOException {
        assertThat(client.pairRecord(UDID)).isEmpty();
        byte[] record = PairRecordStoreTest.record().toPlist().toXml();
        assertThat(save(UDID, record)).isZero();

        assertThat(client.pairRecord(UDID))
                .hasValueSatisfying(r -> assertThat(r.string("HostID")).isPresent());
        assertThat(dir.resolve("lib/lockdown/" + UDID + ".plist")).exists();

        client.deletePairRecord(UDID);
        assertThat(client.pairRecord(UDID)).isEmpty();
        assertThat(dir.resolve("lib/lockdown/" + UDID + ".plist")).doesNotExist();
        client.deletePairRecord(UDID);
    }

    @Test
    void connectingToADeviceThatIsNotAttachedIsRefused() {
        assertThatThrownBy(() -> client.connect(new UsbmuxDevice(41, UDID, 0x12a8, "USB"), LockdownClient.PORT))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("result");
    }

    /** SavePairRecord, which the kiosk never sends (it keeps its own records), as usbmuxd's preflight would store one. */
    private static long save(String udid, byte[] record) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(client.socket()));
            OutputStream out = Channels.newOutputStream(channel);
            InputStream in = Channels.newInputStream(channel);
            UsbmuxPacket.plist(
                            1,
                            PlistMessage.of(
                                    "MessageType", "SavePairRecord", "PairRecordID", udid, "PairRecordData", record))
                    .writeTo(out);
            return UsbmuxPacket.readFrom(in).message().integer("Number").orElse(-1);
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}

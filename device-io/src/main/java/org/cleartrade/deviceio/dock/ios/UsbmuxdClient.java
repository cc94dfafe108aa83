package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The usbmuxd plist protocol over its Unix socket ({@code /var/run/usbmuxd} for Debian's daemon, a
 * temporary path for the fake peer in tests). Every request opens a new connection, as libusbmuxd
 * does: control requests get one reply and the connection is closed; a successful {@code Connect}
 * turns the connection into a byte pipe to the device port.
 *
 * <p>Request dictionaries carry {@code MessageType} plus the client identification libusbmuxd
 * sends ({@code ClientVersionString}, {@code ProgName}, {@code kLibUSBMuxVersion} 3). Replies to
 * commands that only succeed or fail are {@code {MessageType: Result, Number: n}}: 0 OK, 1 bad
 * command, 2 bad device (also ENOENT for a missing pair record), 3 connection refused, 6 bad
 * version. {@code Connect.PortNumber} is the TCP port in network byte order read as a
 * little-endian integer (the daemon applies {@code ntohs}).
 *
 * <p>Thread-safe: no state besides the request counter.
 */
public final class UsbmuxdClient implements Usbmux {

    public static final Path DEFAULT_SOCKET = Path.of("/var/run/usbmuxd");
    static final int RESULT_OK = 0;
    static final int RESULT_BAD_DEVICE = 2;
    static final int RESULT_CONNECTION_REFUSED = 3;

    private final Path socket;
    private final Duration timeout;
    private final AtomicLong requests = new AtomicLong();

    /** @param timeout bounds every answer from the daemon and the phone */
    public UsbmuxdClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    public Path socket() {
        return socket;
    }

    @Override
    public List<UsbmuxDevice> devices() throws IOException {
        PlistMessage reply = request(PlistMessage.of("MessageType", "ListDevices"));
        List<UsbmuxDevice> devices = new ArrayList<>();
        for (PlistMessage entry : reply.dicts("DeviceList")) {
            PlistMessage p = entry.dict("Properties").orElse(entry);
            long id = entry.integer("DeviceID").orElse(p.integer("DeviceID").orElse(-1));
            Optional<String> udid = p.string("SerialNumber");
            if (id >= 0 && udid.isPresent()) {
                devices.add(new UsbmuxDevice(
                        (int) id,
                        udid.get(),
                        (int) p.integer("ProductID").orElse(0),
                        p.string("ConnectionType").orElse("USB")));
            }
        }
        return devices;
    }

    @Override
    public String systemBuid() throws IOException {
        PlistMessage reply = request(PlistMessage.of("MessageType", "ReadBUID"));
        return reply.string("BUID").orElseThrow(() -> new IOException("usbmuxd sent no BUID: " + reply.keys()));
    }

    @Override
    public Optional<PlistMessage> pairRecord(String udid) throws IOException {
        PlistMessage reply = request(PlistMessage.of("MessageType", "ReadPairRecord", "PairRecordID", udid));
        Optional<byte[]> data = reply.data("PairRecordData");
        if (data.isPresent()) {
            return Optional.of(PlistMessage.parse(data.get()));
        }
        return Optional.empty();
    }

    @Override
    public void deletePairRecord(String udid) throws IOException {
        PlistMessage reply = request(PlistMessage.of("MessageType", "DeletePairRecord", "PairRecordID", udid));
        long result = reply.integer("Number").orElse(-1);
        if (result != RESULT_OK && result != RESULT_BAD_DEVICE) {
            throw new IOException("usbmuxd could not delete the pair record of " + udid + " (result " + result + ")");
        }
    }

    @Override
    public PhoneLink connect(UsbmuxDevice device, int port) throws IOException {
        SocketChannel channel = open();
        boolean handedOver = false;
        try {
            InputStream in = Channels.newInputStream(channel);
            OutputStream out = Channels.newOutputStream(channel);
            PlistMessage reply = exchange(
                    channel,
                    in,
                    out,
                    PlistMessage.of(
                            "MessageType", "Connect", "DeviceID", device.deviceId(), "PortNumber", swap16(port)));
            long result = reply.integer("Number").orElse(-1);
            if (result == RESULT_CONNECTION_REFUSED) {
                throw new IOException("phone " + device.udid() + " refused a connection to port " + port);
            }
            if (result != RESULT_OK) {
                throw new IOException("usbmuxd could not connect to port " + port + " of " + device.udid() + " (result "
                        + result + ")");
            }
            handedOver = true;
            return new StreamPhoneLink(in, out, channel, timeout, requests);
        } finally {
            if (!handedOver) {
                channel.close();
            }
        }
    }

    @Override
    public long requests() {
        return requests.get();
    }

    /** The 16-bit port with its two bytes swapped: network byte order, read little-endian. */
    static int swap16(int port) {
        return ((port & 0xff) << 8) | ((port >>> 8) & 0xff);
    }

    private PlistMessage request(PlistMessage message) throws IOException {
        try (SocketChannel channel = open()) {
            return exchange(channel, Channels.newInputStream(channel), Channels.newOutputStream(channel), message);
        }
    }

    private PlistMessage exchange(SocketChannel channel, InputStream in, OutputStream out, PlistMessage message)
            throws IOException {
        int tag = (int) (requests.incrementAndGet() & 0x7fffffff);
        UsbmuxPacket.plist(tag, identified(message)).writeTo(out);
        try (Watchdog.Armed watch = Watchdog.arm(channel, timeout)) {
            try {
                UsbmuxPacket reply = UsbmuxPacket.readFrom(in);
                if (reply.tag() != tag) {
                    throw new IOException("usbmuxd answered tag " + reply.tag() + " to request tag " + tag);
                }
                return reply.message();
            } catch (IOException e) {
                throw watch.explain(e, "usbmuxd at " + socket);
            }
        }
    }

    private static PlistMessage identified(PlistMessage message) {
        return message.merged(PlistMessage.of(
                "ClientVersionString", "cleartrade-kiosk",
                "ProgName", "cleartrade-kiosk",
                "kLibUSBMuxVersion", 3));
    }

    private SocketChannel open() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw new IOException("usbmuxd is not reachable at " + socket + ": " + e.getMessage(), e);
        }
    }
}

package org.cleartrade.deviceio.dock.usbmuxd;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.cleartrade.deviceio.dock.ios.PairingTls;
import org.cleartrade.deviceio.dock.ios.PlistFrames;
import org.cleartrade.deviceio.dock.ios.PlistMessage;
import org.cleartrade.deviceio.dock.ios.TlsConnection;
import org.cleartrade.deviceio.dock.ios.UsbmuxPacket;
import org.cleartrade.deviceio.dock.iphone.IphoneScenario;
import org.cleartrade.deviceio.dock.iphone.PortResponder;
import org.cleartrade.deviceio.dock.iphone.ScenarioIphone;

/**
 * A fake usbmuxd with one scripted iPhone behind it, speaking the daemon's plist protocol on a Unix
 * socket and the phone's side of lockdownd and its services (with real TLS after pairing) through
 * {@code Connect}. It serves the tests what Debian's usbmuxd would serve with an iPhone on USB; the
 * path is the real daemon's {@code /var/run/usbmuxd} in production, a temporary one in tests.
 *
 * <p>Daemon behaviour modelled on usbmuxd's src/client.c: every request is answered with its tag;
 * plain results are {@code {MessageType: Result, Number}}; {@code ReadPairRecord} of an unknown UDID
 * and {@code DeletePairRecord} of a missing one answer 2 (ENOENT); {@code Connect} to a port the
 * phone refuses answers 3, to a device not attached 2; {@code Listen} answers 0 and then sends
 * {@code Attached} / {@code Detached} with tag 0. A device gets a new {@code DeviceID} every time it
 * enumerates. No preflight: pairing is left to the client (the daemon's {@code --no-preflight}
 * behaviour), so the pair records here are only those clients saved.
 *
 * <p>Threading: one thread accepts, one thread per client connection; the cable is shared and
 * thread-safe.
 */
public final class ScenarioUsbmuxDaemon implements Closeable {

    private static final System.Logger LOG = System.getLogger(ScenarioUsbmuxDaemon.class.getName());
    public static final String SYSTEM_BUID = "30A1D59B-7C4E-4F0B-8C8E-6B2D1E5F9A07";
    private static final int PRODUCT_ID = 0x12a8;

    private final Path socket;
    private final Clock clock;
    private final Function<String, IphoneScenario> scenarios;
    private final ServerSocketChannel server;
    private final AtomicReference<ScenarioIphone> cable = new AtomicReference<>();
    private final Map<String, byte[]> pairRecords = new ConcurrentHashMap<>();
    private final Object enumeration = new Object();
    private ScenarioIphone lastSeen;
    private boolean lastOnUsb;
    private int deviceId;

    /** Listens on {@code socket} (which must not exist yet) until {@link #close()}. */
    public ScenarioUsbmuxDaemon(Path socket, Clock clock, Function<String, IphoneScenario> scenarios)
            throws IOException {
        this.socket = socket;
        this.clock = clock;
        this.scenarios = scenarios;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread acceptor = new Thread(this::acceptLoop, "fake-usbmuxd-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public Path socket() {
        return socket;
    }

    /** Plugs in the iPhone of {@code scenario}, replacing any phone on the cable; returns it. */
    public ScenarioIphone plug(IphoneScenario scenario) {
        ScenarioIphone phone = new ScenarioIphone(scenario, clock, scenarios);
        cable.set(phone);
        return phone;
    }

    /** The phone on the cable. */
    public Optional<ScenarioIphone> phone() {
        return Optional.ofNullable(cable.get());
    }

    public void unplug() {
        ScenarioIphone gone = cable.getAndSet(null);
        if (gone != null) {
            gone.unplug();
        }
    }

    /** The pair records clients saved, by UDID. */
    public Map<String, byte[]> pairRecords() {
        return Map.copyOf(pairRecords);
    }

    /** Stores a pair record as the daemon's own preflight pairing would have. */
    public void savePairRecord(String udid, byte[] record) {
        pairRecords.put(udid, record.clone());
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> serve(client), "fake-usbmuxd-client");
                t.setDaemon(true);
                t.start();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "fake usbmuxd accept failed: " + e.getMessage());
                return;
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            InputStream in = Channels.newInputStream(client);
            OutputStream out = Channels.newOutputStream(client);
            while (true) {
                UsbmuxPacket packet = UsbmuxPacket.readFrom(in);
                if (packet.version() != UsbmuxPacket.VERSION_PLIST || packet.type() != UsbmuxPacket.TYPE_PLIST) {
                    result(out, packet.tag(), packet.version() > 1 ? 6 : 1);
                    continue;
                }
                PlistMessage m = packet.message();
                String type = m.string("MessageType").orElse("");
                switch (type) {
                    case "ListDevices" ->
                        reply(
                                out,
                                packet.tag(),
                                PlistMessage.of(
                                        "DeviceList",
                                        attached()
                                                .map(this::entry)
                                                .map(List::of)
                                                .orElse(List.of())));
                    case "ReadBUID" -> reply(out, packet.tag(), PlistMessage.of("BUID", SYSTEM_BUID));
                    case "ReadPairRecord" -> readPairRecord(out, packet.tag(), m);
                    case "SavePairRecord" -> {
                        Optional<String> id = m.string("PairRecordID");
                        Optional<byte[]> data = m.data("PairRecordData");
                        if (id.isPresent() && data.isPresent()) {
                            pairRecords.put(id.get(), data.get());
                            result(out, packet.tag(), 0);
                        } else {
                            result(out, packet.tag(), 22);
                        }
                    }
                    case "DeletePairRecord" ->
                        result(
                                out,
                                packet.tag(),
                                m.string("PairRecordID")
                                                .map(pairRecords::remove)
                                                .isPresent()
                                        ? 0
                                        : 2);
                    case "Listen" -> {
                        result(out, packet.tag(), 0);
                        notifyChanges(out);
                        return;
                    }
                    case "Connect" -> {
                        Optional<PortResponder> responder = connect(out, packet.tag(), m);
                        if (responder.isPresent()) {
                            bridge(responder.get(), in, out);
                            return;
                        }
                    }
                    default -> result(out, packet.tag(), 1);
                }
            }
        } catch (EOFException e) {
            // The client hung up, as every one-shot request does.
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "fake usbmuxd client ended: " + e.getMessage());
        }
    }

    private void readPairRecord(OutputStream out, int tag, PlistMessage m) throws IOException {
        Optional<byte[]> record = m.string("PairRecordID").map(pairRecords::get);
        if (record.isPresent()) {
            reply(out, tag, PlistMessage.of("PairRecordData", record.get()));
        } else {
            result(out, tag, 2);
        }
    }

    private Optional<PortResponder> connect(OutputStream out, int tag, PlistMessage m) throws IOException {
        long id = m.integer("DeviceID").orElse(-1);
        long swapped = m.integer("PortNumber").orElse(-1);
        int port = (int) (((swapped & 0xff) << 8) | ((swapped >>> 8) & 0xff));
        Optional<Attached> device = attached();
        if (device.isEmpty() || device.get().deviceId() != id) {
            result(out, tag, 2);
            return Optional.empty();
        }
        try {
            PortResponder responder = device.get().phone().open(port);
            result(out, tag, 0);
            return Optional.of(responder);
        } catch (IOException e) {
            result(out, tag, 3);
            return Optional.empty();
        }
    }

    /** Carries the phone's conversation on a connected socket, switching to TLS when the phone asks. */
    private void bridge(PortResponder responder, InputStream rawIn, OutputStream rawOut) throws IOException {
        InputStream in = rawIn;
        OutputStream out = rawOut;
        TlsConnection tls = null;
        try {
            if (responder.tlsFromStart()) {
                tls = deviceTls(responder, rawIn, rawOut);
                in = tls.input();
                out = tls.output();
            }
            while (true) {
                PlistMessage request = PlistFrames.read(in);
                PortResponder.Reply reply = responder.handle(request);
                for (PlistMessage message : reply.messages()) {
                    PlistFrames.write(out, message);
                }
                if (reply.close()) {
                    return;
                }
                if (reply.startTls()) {
                    tls = deviceTls(responder, rawIn, rawOut);
                    in = tls.input();
                    out = tls.output();
                }
            }
        } finally {
            if (tls != null) {
                tls.close();
            }
        }
    }

    /** The phone's end of TLS: TLS 1.2 with the pairing's device certificate, pinning the host's. */
    private static TlsConnection deviceTls(PortResponder responder, InputStream in, OutputStream out)
            throws IOException {
        PortResponder.Tls ids = responder.tls();
        return TlsConnection.handshake(
                PairingTls.deviceEngine(
                        ids.deviceKey(), ids.deviceCertificate(), ids.expectedHost(), List.of("TLSv1.2")),
                in,
                out);
    }

    /** Sends Attached and Detached as the cable changes, until the listener goes away. */
    private void notifyChanges(OutputStream out) throws IOException {
        Optional<Attached> announced = Optional.empty();
        while (server.isOpen()) {
            Optional<Attached> now = attached();
            if (!now.equals(announced)) {
                if (announced.isPresent()) {
                    reply(
                            out,
                            0,
                            PlistMessage.of(
                                    "MessageType",
                                    "Detached",
                                    "DeviceID",
                                    announced.get().deviceId()));
                }
                if (now.isPresent()) {
                    reply(out, 0, entry(now.get()));
                }
                announced = now;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record Attached(int deviceId, ScenarioIphone phone) {}

    private Optional<Attached> attached() {
        synchronized (enumeration) {
            ScenarioIphone phone = cable.get();
            boolean onUsb = phone != null && phone.presence() == ScenarioIphone.Presence.PRESENT;
            if (onUsb && (!lastOnUsb || lastSeen != phone)) {
                deviceId++;
            }
            lastOnUsb = onUsb;
            lastSeen = phone;
            return onUsb ? Optional.of(new Attached(deviceId, phone)) : Optional.empty();
        }
    }

    private PlistMessage entry(Attached device) {
        PlistMessage properties = PlistMessage.of(
                "ConnectionSpeed",
                480_000_000L,
                "ConnectionType",
                "USB",
                "DeviceID",
                device.deviceId(),
                "LocationID",
                0x01100000,
                "ProductID",
                PRODUCT_ID,
                "SerialNumber",
                device.phone().scenario().udid());
        return PlistMessage.of("MessageType", "Attached", "DeviceID", device.deviceId(), "Properties", properties);
    }

    private static void result(OutputStream out, int tag, int number) throws IOException {
        reply(out, tag, PlistMessage.of("MessageType", "Result", "Number", number));
    }

    private static void reply(OutputStream out, int tag, PlistMessage message) throws IOException {
        UsbmuxPacket.plist(tag, message).writeTo(out);
    }
}

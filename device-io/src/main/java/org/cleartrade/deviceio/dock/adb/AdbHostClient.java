package org.cleartrade.deviceio.dock.adb;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client of the adb server's host protocol (SERVICES.TXT / OVERVIEW.TXT in the adb package):
 * one TCP connection per request to {@code 127.0.0.1:5037} (or another port); each request is
 * four ASCII hex digits of length then the request text; the server answers {@code OKAY} or
 * {@code FAIL} + hex length + message. Queries answer hex length + text; {@code host:transport:}
 * turns the connection into a pipe to the phone for one more service.
 *
 * <p>Thread-safe: holds no connection between calls.
 */
public final class AdbHostClient {

    /** A device line of {@code host:devices-l}. */
    public record Device(String serial, String state) {}

    private final String host;
    private final int port;
    private final Duration timeout;

    public AdbHostClient(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public int port() {
        return port;
    }

    /** The server's protocol version, or an {@link IOException} when no server answers. */
    public int version() throws IOException {
        return Integer.parseInt(query("host:version"), 16);
    }

    public List<Device> devices() throws IOException {
        List<Device> devices = new ArrayList<>();
        for (String line : query("host:devices-l").split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 2 && !parts[0].isEmpty()) {
                devices.add(new Device(parts[0], parts[1]));
            }
        }
        return devices;
    }

    /** The adbd features the phone announced in its CNXN banner. */
    public Set<String> features(String serial) throws IOException {
        return Set.of(query("host-serial:" + serial + ":features").strip().split(","));
    }

    /** {@code adb connect HOST:PORT}; returns the server's words ("connected to ..."). */
    public String connect(String target) throws IOException {
        return query("host:connect:" + target);
    }

    public String disconnect(String target) throws IOException {
        return query("host:disconnect:" + target);
    }

    /** Sends a host query and returns its hex-length-prefixed answer. */
    public String query(String request) throws IOException {
        try (Socket socket = open()) {
            send(socket, request);
            return readLengthPrefixed(new DataInputStream(socket.getInputStream()));
        }
    }

    /**
     * Opens {@code service} on the phone with {@code serial}; the returned socket carries the
     * service's raw bytes. The caller closes it.
     */
    public Socket openService(String serial, String service) throws IOException {
        Socket socket = open();
        try {
            send(socket, "host:transport:" + serial);
            send(socket, service);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static void send(Socket socket, String request) throws IOException {
        byte[] body = request.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(String.format("%04x", body.length).getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] status = new byte[4];
        in.readFully(status);
        String word = new String(status, StandardCharsets.US_ASCII);
        if (word.equals("FAIL")) {
            throw new AdbFailException(request, readLengthPrefixed(in));
        }
        if (!word.equals("OKAY")) {
            throw new IOException("adb server answered '" + word + "' to " + request);
        }
    }

    private static String readLengthPrefixed(DataInputStream in) throws IOException {
        byte[] hex = new byte[4];
        in.readFully(hex);
        int length;
        try {
            length = Integer.parseInt(new String(hex, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            throw new IOException("adb server sent a bad length prefix", e);
        }
        byte[] body = new byte[length];
        in.readFully(body);
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The adb server refused a request; the message is the server's. */
    public static final class AdbFailException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        AdbFailException(String request, String reason) {
            super("adb server refused " + request + ": " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}

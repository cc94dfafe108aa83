package org.cleartrade.deviceio.dock.adb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.cleartrade.deviceio.dock.android.PhoneShell;
import org.cleartrade.deviceio.dock.android.ShellResult;
import org.cleartrade.ports.dock.PhoneGoneException;

/**
 * A {@link PhoneShell} through the adb server: one {@code host:transport:SERIAL} connection per
 * command, then {@code shell,v2,raw:CMD} when the phone offers {@code shell_v2} (separate stdout
 * and stderr, exit code, stdin with an end) or the legacy {@code shell:CMD} (one merged stream,
 * no exit code; {@code exec:CMD} when stdin must be fed) when it does not. Any failure to reach the phone is a {@link PhoneGoneException}.
 *
 * <p>One thread at a time; counts its round trips for the benchmark.
 */
public final class AdbShell implements PhoneShell {

    private static final int MAX_OUTPUT = 8 * 1024 * 1024;

    private final AdbHostClient client;
    private final String serial;
    private final boolean shellV2;
    private int roundTrips;

    public AdbShell(AdbHostClient client, String serial, boolean shellV2) {
        this.client = client;
        this.serial = serial;
        this.shellV2 = shellV2;
    }

    @Override
    public ShellResult run(String command) {
        return run(command, new byte[0]);
    }

    @Override
    public ShellResult run(String command, byte[] stdin) {
        roundTrips++;
        // Without shell v2, stdin goes through the raw exec: service; the command must know its
        // length (cmd package install -S SIZE), as a raw stream has no end of input.
        String service = shellV2 ? "shell,v2,raw:" : stdin.length > 0 ? "exec:" : "shell:";
        try (Socket socket = client.openService(serial, service + command)) {
            return shellV2 ? runV2(socket, stdin) : runLegacy(socket, stdin);
        } catch (SocketTimeoutException e) {
            throw new PhoneGoneException("phone " + serial + " stopped answering '" + command + "'", e);
        } catch (IOException e) {
            throw new PhoneGoneException(
                    "phone " + serial + " went away during '" + command + "': " + e.getMessage(), e);
        }
    }

    /** The adb serial of the phone this shell reaches (its USB serial descriptor on USB). */
    public String serial() {
        return serial;
    }

    public int roundTrips() {
        return roundTrips;
    }

    private static ShellResult runV2(Socket socket, byte[] stdin) throws IOException {
        OutputStream out = socket.getOutputStream();
        for (int off = 0; off < stdin.length; off += 64 * 1024) {
            int len = Math.min(64 * 1024, stdin.length - off);
            byte[] chunk = new byte[len];
            System.arraycopy(stdin, off, chunk, 0, len);
            out.write(ShellV2Codec.encode(ShellV2Codec.STDIN, chunk));
        }
        out.write(ShellV2Codec.encode(ShellV2Codec.CLOSE_STDIN, new byte[0]));
        out.flush();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ShellV2Codec.Decoder decoder = new ShellV2Codec.Decoder();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            try {
                for (ShellV2Codec.Packet p : decoder.feed(buf, 0, n)) {
                    switch (p.id()) {
                        case ShellV2Codec.STDOUT -> append(stdout, p.data());
                        case ShellV2Codec.STDERR -> append(stderr, p.data());
                        case ShellV2Codec.EXIT -> {
                            int code = p.data().length == 1 ? p.data()[0] & 0xFF : -1;
                            return new ShellResult(
                                    code < 0 ? OptionalInt.empty() : OptionalInt.of(code), text(stdout), text(stderr));
                        }
                        default -> {}
                    }
                }
            } catch (ShellV2Codec.CorruptStreamException e) {
                throw new IOException("corrupt shell v2 stream: " + e.getMessage(), e);
            }
        }
        throw new IOException("the shell stream ended before the exit status");
    }

    private ShellResult runLegacy(Socket socket, byte[] stdin) throws IOException {
        if (stdin.length > 0) {
            socket.getOutputStream().write(stdin);
            socket.getOutputStream().flush();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            append(out, java.util.Arrays.copyOf(buf, n));
        }
        return legacyResult(out);
    }

    private ShellResult legacyResult(ByteArrayOutputStream out) throws IOException {
        // The legacy stream ends the same way whether the command finished or the cable was
        // pulled; the server's device list tells the two apart.
        boolean stillThere = client.devices().stream()
                .anyMatch(d -> d.serial().equals(serial) && d.state().equals("device"));
        if (!stillThere) {
            throw new IOException("the phone left the device list");
        }
        return new ShellResult(OptionalInt.empty(), text(out), "");
    }

    private static void append(ByteArrayOutputStream to, byte[] data) throws IOException {
        if (to.size() + data.length > MAX_OUTPUT) {
            throw new IOException("shell output exceeds " + MAX_OUTPUT + " bytes");
        }
        to.write(data);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.cleartrade.deviceio.dock.adb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cleartrade.deviceio.dock.android.ShellResult;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shell client against a scripted host-protocol peer that misbehaves on purpose. */
class AdbShellTest {

    private final ExecutorService peer = Executors.newSingleThreadExecutor();
    private final List<String> requests = new ArrayList<>();
    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        peer.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    /** Answers OKAY to the transport and the service requests, then writes {@code reply} and closes. */
    private AdbShell shellAnswering(byte[]... replies) throws IOException {
        return shellAnswering(false, replies);
    }

    /** As above; with {@code holdOpen} the peer then stays silent until the client hangs up. */
    private AdbShell shellAnswering(boolean holdOpen, byte[]... replies) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        peer.execute(() -> {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                OutputStream out = s.getOutputStream();
                for (byte[] reply : replies) {
                    byte[] hex = new byte[4];
                    in.readFully(hex);
                    byte[] body = new byte[Integer.parseInt(new String(hex, StandardCharsets.US_ASCII), 16)];
                    in.readFully(body);
                    synchronized (requests) {
                        requests.add(new String(body, StandardCharsets.UTF_8));
                    }
                    out.write(reply);
                    out.flush();
                }
                while (holdOpen && in.read() >= 0) {
                    // silent phone: swallow stdin until the client gives up
                }
            } catch (IOException | NumberFormatException e) {
                // the peer's job ends when the client hangs up
            }
        });
        AdbHostClient client = new AdbHostClient("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2));
        return new AdbShell(client, "SERIAL", true);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] okay() {
        return "OKAY".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsStdoutStderrAndTheExitCode() throws Exception {
        AdbShell shell = shellAnswering(
                okay(),
                concat(
                        okay(),
                        ShellV2Codec.encode(ShellV2Codec.STDOUT, "out".getBytes(StandardCharsets.UTF_8)),
                        ShellV2Codec.encode(ShellV2Codec.STDERR, "err".getBytes(StandardCharsets.UTF_8)),
                        ShellV2Codec.encode(ShellV2Codec.EXIT, new byte[] {3})));
        ShellResult result = shell.run("getprop");
        assertThat(result).isEqualTo(ShellResult.of(3, "out", "err"));
        assertThat(requests).containsExactly("host:transport:SERIAL", "shell,v2,raw:getprop");
    }

    @Test
    void garbledBytesFromThePhoneAreAClearError() throws Exception {
        AdbShell shell = shellAnswering(okay(), concat(okay(), new byte[] {42, 1, 2, 3, 4, 5, 6}));
        assertThatThrownBy(() -> shell.run("getprop"))
                .isInstanceOf(PhoneGoneException.class)
                .hasMessageContaining("corrupt shell v2 stream");
    }

    @Test
    void aStreamCutBeforeTheExitStatusMeansThePhoneWentAway() throws Exception {
        AdbShell shell =
                shellAnswering(okay(), concat(okay(), ShellV2Codec.encode(ShellV2Codec.STDOUT, new byte[] {'x'})));
        assertThatThrownBy(() -> shell.run("dumpsys battery"))
                .isInstanceOf(PhoneGoneException.class)
                .hasMessageContaining("before the exit status");
    }

    @Test
    void theServersRefusalIsPassedOnWithItsReason() throws Exception {
        String reason = "device 'SERIAL' not found";
        AdbShell shell = shellAnswering(
                ("FAIL" + String.format("%04x", reason.length()) + reason).getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> shell.run("getprop"))
                .isInstanceOf(PhoneGoneException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aPhoneThatStopsAnsweringTimesOut() throws Exception {
        AdbShell shell = shellAnswering(true, okay(), okay());
        assertThatThrownBy(() -> shell.run("dumpsys account"))
                .isInstanceOf(PhoneGoneException.class)
                .hasMessageContaining("stopped answering");
    }
}

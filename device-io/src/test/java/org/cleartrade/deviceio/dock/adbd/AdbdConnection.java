package org.cleartrade.deviceio.dock.adbd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.deviceio.dock.adb.ShellV2Codec;
import org.cleartrade.deviceio.dock.android.ShellResult;
import org.cleartrade.deviceio.dock.scenario.PhoneScenario;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone.Presence;
import org.cleartrade.ports.dock.PhoneGoneException;

/**
 * One host connection to the fake adbd, in the order a real adbd plays it:
 *
 * <ol>
 *   <li>host CNXN; the phone answers AUTH TOKEN (20 random bytes);
 *   <li>host AUTH SIGNATURE: accepted when a trusted key verifies it and the phone is authorized,
 *       otherwise a fresh TOKEN is sent so the host tries its next key;
 *   <li>host AUTH RSAPUBLICKEY: the phone "shows the prompt" and waits until the seller allows
 *       (immediately for scenarios with authorization granted); then it trusts the key;
 *   <li>phone CNXN with its banner ({@code device::ro.product...;features=shell_v2,...});
 *   <li>per stream: host OPEN(service); phone OKAY, WRTE… (each answered by the host's OKAY), CLSE.
 * </ol>
 *
 * Only one command runs at a time; messages that arrive while a stream waits for an OKAY are
 * queued. Not thread-safe: one thread per connection.
 */
final class AdbdConnection {

    static final int MAX_PAYLOAD = 256 * 1024;
    private static final Pattern SERVICE = Pattern.compile("^(shell|exec)(,[^:]*)?:(.*)$", Pattern.DOTALL);
    private static final Pattern INSTALL = Pattern.compile("^cmd package install (?:-t )?-S (\\d{1,10})$");

    private final ScenarioAdbDaemon daemon;
    private final ScenarioPhone phone;
    private final Socket socket;
    private final AdbMessageCodec codec;
    private final Deque<AdbMessage> backlog = new ArrayDeque<>();
    private final SecureRandom random = new SecureRandom();
    private int hostMaxPayload = 4096;
    private int nextLocalId = 1;
    private byte[] token;

    AdbdConnection(ScenarioAdbDaemon daemon, Socket socket) throws IOException {
        this.daemon = daemon;
        this.phone = daemon.phone();
        this.socket = socket;
        this.codec = new AdbMessageCodec(socket.getInputStream(), socket.getOutputStream(), MAX_PAYLOAD);
    }

    void serve() throws IOException {
        AdbMessage hello = next();
        if (hello.command() != AdbMessage.CNXN) {
            throw new IOException("expected CNXN, got " + hello);
        }
        hostMaxPayload = Math.max(256, Math.min(hello.arg1(), MAX_PAYLOAD));
        authenticate();
        while (!daemon.isClosed()) {
            AdbMessage m = next();
            if (m.command() == AdbMessage.OPEN) {
                openStream(m);
            } else if (m.command() == AdbMessage.WRTE) {
                codec.write(new AdbMessage(AdbMessage.CLSE, 0, m.arg0(), null));
            }
        }
    }

    private void authenticate() throws IOException {
        sendToken();
        while (true) {
            AdbMessage m = next();
            if (m.command() != AdbMessage.AUTH) {
                throw new IOException("expected AUTH, got " + m);
            }
            if (m.arg0() == AdbMessage.AUTH_SIGNATURE) {
                boolean known = daemon.trustedKeys().stream()
                        .anyMatch(k -> AndroidRsaPublicKey.verifiesToken(k, token, m.payload()));
                if (known && phone.presence() == Presence.AUTHORIZED) {
                    sendBanner();
                    return;
                }
                sendToken();
            } else if (m.arg0() == AdbMessage.AUTH_RSAPUBLICKEY) {
                RSAPublicKey key;
                try {
                    key = AndroidRsaPublicKey.decode(m.payloadText());
                } catch (GeneralSecurityException e) {
                    throw new IOException("host sent an unreadable public key: " + e.getMessage(), e);
                }
                awaitSeller();
                daemon.trust(key);
                sendBanner();
                return;
            } else {
                throw new IOException("unexpected AUTH type " + m.arg0());
            }
        }
    }

    /** The "Allow USB debugging?" prompt is showing; returns once the seller allowed. */
    private void awaitSeller() throws IOException {
        try {
            while (!phone.awaitAuthorized(Duration.ofMillis(200))) {
                if (daemon.isClosed() || phone.presence() == Presence.GONE) {
                    throw new IOException("phone left while the authorization prompt was showing");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for authorization", e);
        }
    }

    private void sendToken() throws IOException {
        token = new byte[20];
        random.nextBytes(token);
        codec.write(new AdbMessage(AdbMessage.AUTH, AdbMessage.AUTH_TOKEN, 0, token));
    }

    private void sendBanner() throws IOException {
        PhoneScenario s = phone.scenario();
        String features = s.shellV2() ? "shell_v2,cmd,stat_v2,ls_v2,fixed_push_mkdir,apex,abb,abb_exec" : "cmd";
        String banner = "device::ro.product.name=" + s.property("ro.product.name") + ";ro.product.model="
                + s.property("ro.product.model") + ";ro.product.device=" + s.property("ro.product.device")
                + ";features="
                + features;
        codec.write(new AdbMessage(
                AdbMessage.CNXN, AdbMessage.VERSION, MAX_PAYLOAD, banner.getBytes(StandardCharsets.UTF_8)));
    }

    private void openStream(AdbMessage open) throws IOException {
        int remoteId = open.arg0();
        Matcher service = SERVICE.matcher(open.payloadText());
        if (!service.matches()) {
            codec.write(new AdbMessage(AdbMessage.CLSE, 0, remoteId, null));
            return;
        }
        boolean v2 = phone.scenario().shellV2()
                && service.group(1).equals("shell")
                && service.group(2) != null
                && service.group(2).contains("v2");
        int localId = nextLocalId++;
        codec.write(new AdbMessage(AdbMessage.OKAY, localId, remoteId, null));
        String command = service.group(3).strip();
        Matcher install = INSTALL.matcher(command);
        boolean raw = service.group(1).equals("exec");
        byte[] stdin = install.matches() && (v2 || raw)
                ? readStdin(localId, remoteId, Long.parseLong(install.group(1)), v2)
                : new byte[0];
        ShellResult result;
        try {
            result = phone.execute(command, stdin);
        } catch (PhoneGoneException e) {
            socket.close();
            return;
        }
        if (v2) {
            sendPackets(localId, remoteId, ShellV2Codec.STDOUT, result.stdout().getBytes(StandardCharsets.UTF_8));
            sendPackets(localId, remoteId, ShellV2Codec.STDERR, result.stderr().getBytes(StandardCharsets.UTF_8));
            send(localId, remoteId, ShellV2Codec.encode(ShellV2Codec.EXIT, new byte[] {
                (byte) result.exitCode().orElse(0)
            }));
        } else {
            send(localId, remoteId, (result.stdout() + result.stderr()).getBytes(StandardCharsets.UTF_8));
        }
        codec.write(new AdbMessage(AdbMessage.CLSE, localId, remoteId, null));
        if (phone.presence() != Presence.AUTHORIZED) {
            socket.shutdownOutput();
            socket.close();
        }
    }

    /**
     * Reads stdin: shell v2 packets up to the close-stdin packet, or (exec:) raw bytes up to the
     * size {@code cmd package install -S} announced, since a raw stream has no end of its own.
     */
    private byte[] readStdin(int localId, int remoteId, long expected, boolean v2) throws IOException {
        ShellV2Codec.Decoder decoder = new ShellV2Codec.Decoder();
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        while (v2 || stdin.size() < expected) {
            AdbMessage m = next();
            if (m.command() == AdbMessage.CLSE && m.arg1() == localId) {
                break;
            }
            if (m.command() != AdbMessage.WRTE || m.arg1() != localId) {
                backlog.addLast(m);
                continue;
            }
            codec.write(new AdbMessage(AdbMessage.OKAY, localId, remoteId, null));
            if (!v2) {
                stdin.write(m.payload());
                continue;
            }
            try {
                for (ShellV2Codec.Packet p : decoder.feed(m.payload(), 0, m.payload().length)) {
                    if (p.id() == ShellV2Codec.STDIN) {
                        stdin.write(p.data());
                    } else if (p.id() == ShellV2Codec.CLOSE_STDIN) {
                        return stdin.toByteArray();
                    }
                }
            } catch (ShellV2Codec.CorruptStreamException e) {
                throw new IOException("host sent corrupt shell v2 stdin: " + e.getMessage(), e);
            }
        }
        return stdin.toByteArray();
    }

    /** Sends output as shell v2 packets that each fit one WRTE, as adbd's shell buffer does. */
    private void sendPackets(int localId, int remoteId, int id, byte[] data) throws IOException {
        int room = hostMaxPayload - 5;
        for (int off = 0; off < data.length; off += room) {
            byte[] part = java.util.Arrays.copyOfRange(data, off, Math.min(data.length, off + room));
            send(localId, remoteId, ShellV2Codec.encode(id, part));
        }
    }

    /** Sends bytes as WRTE messages of at most the host's payload size, each waiting for OKAY. */
    private void send(int localId, int remoteId, byte[] bytes) throws IOException {
        for (int off = 0; off < bytes.length; off += hostMaxPayload) {
            int len = Math.min(hostMaxPayload, bytes.length - off);
            byte[] chunk = new byte[len];
            System.arraycopy(bytes, off, chunk, 0, len);
            codec.write(new AdbMessage(AdbMessage.WRTE, localId, remoteId, chunk));
            awaitOkay(localId);
        }
    }

    private void awaitOkay(int localId) throws IOException {
        Deque<AdbMessage> held = new ArrayDeque<>();
        try {
            while (true) {
                AdbMessage m = codec.read();
                if (m.command() == AdbMessage.OKAY && m.arg1() == localId) {
                    return;
                }
                if (m.command() == AdbMessage.CLSE && m.arg1() == localId) {
                    throw new IOException("host closed stream " + localId + " mid-answer");
                }
                held.addLast(m);
            }
        } finally {
            backlog.addAll(held);
        }
    }

    private AdbMessage next() throws IOException {
        AdbMessage queued = backlog.pollFirst();
        return queued != null ? queued : codec.read();
    }
}

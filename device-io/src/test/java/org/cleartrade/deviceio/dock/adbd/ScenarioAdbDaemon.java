package org.cleartrade.deviceio.dock.adbd;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone.Presence;

/**
 * A fake phone's adbd on a loopback TCP port, playing a {@link ScenarioPhone}, for the real adb
 * server to reach with {@code adb connect 127.0.0.1:PORT}. Each accepted connection is served by
 * an {@link AdbdConnection}. While the phone is gone, resetting or has USB debugging off (as after
 * a factory reset), connections are accepted and closed at once, as a port with nothing behind it
 * would behave: adb never sees such a phone again.
 *
 * <p>Threads: one acceptor plus one per connection; all daemon threads, stopped by {@link #close}.
 */
public final class ScenarioAdbDaemon implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ScenarioAdbDaemon.class.getName());

    private final ScenarioPhone phone;
    private final List<RSAPublicKey> trustedKeys = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-adbd");
        t.setDaemon(true);
        return t;
    });
    private final ServerSocket server;
    private volatile boolean closed;
    private String scenarioId;

    /**
     * @param port 0 for any free port
     * @param trustedKeys host keys the phone already trusts (its {@code adb_keys})
     */
    public ScenarioAdbDaemon(ScenarioPhone phone, int port, List<RSAPublicKey> trustedKeys) throws IOException {
        this.phone = phone;
        this.trustedKeys.addAll(trustedKeys);
        this.scenarioId = phone.scenario().id();
        this.server = new ServerSocket(port, 8, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public ScenarioPhone phone() {
        return phone;
    }

    /** The host key the phone accepted last (from "Allow USB debugging"), added to its trust. */
    void trust(RSAPublicKey key) {
        if (!trustedKeys.contains(key)) {
            trustedKeys.add(key);
        }
    }

    List<RSAPublicKey> trustedKeys() {
        return trustedKeys;
    }

    boolean isClosed() {
        return closed;
    }

    /** Pulls the cable: the phone leaves and every connection drops. */
    public void unplug() {
        phone.unplug();
        dropConnections();
    }

    /** A factory reset wipes the phone's adb_keys: the host must be allowed again. */
    private void forgetKeysAfterReset() {
        String id = phone.scenario().id();
        if (!id.equals(scenarioId)) {
            scenarioId = id;
            trustedKeys.clear();
        }
    }

    void dropConnections() {
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "fake adbd stopped accepting: " + e.getMessage());
                }
                return;
            }
            Presence presence = phone.presence();
            if (presence == Presence.GONE || presence == Presence.RESETTING || presence == Presence.USB_ONLY) {
                closeQuietly(socket);
                continue;
            }
            forgetKeysAfterReset();
            open.add(socket);
            threads.execute(() -> {
                try {
                    new AdbdConnection(this, socket).serve();
                } catch (SocketException | java.io.EOFException e) {
                    LOG.log(Level.DEBUG, "fake adbd connection closed: " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    LOG.log(closed ? Level.DEBUG : Level.INFO, "fake adbd connection ended: " + e);
                } finally {
                    open.remove(socket);
                    closeQuietly(socket);
                }
            });
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        dropConnections();
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "closing: " + e.getMessage());
        }
    }

    /** Runs a fake phone until killed: {@code ScenarioAdbDaemon <scenario-id> [port]}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScenarioAdbDaemon <scenario-id> [port]");
            System.exit(2);
        }
        PhoneScenarioLibrary library = new PhoneScenarioLibrary();
        ScenarioPhone phone =
                new ScenarioPhone(library.scenario(args[0]), Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
        ScenarioAdbDaemon daemon =
                new ScenarioAdbDaemon(phone, args.length > 1 ? Integer.parseInt(args[1]) : 0, List.of());
        System.out.println("fake phone " + args[0] + " listening on 127.0.0.1:" + daemon.port()
                + " (type 'allow' + Enter to tap Allow USB debugging, 'unplug' to pull the cable)");
        try (var in = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8)) {
            while (in.hasNextLine()) {
                switch (in.nextLine().strip()) {
                    case "allow" -> phone.authorize();
                    case "unplug" -> daemon.unplug();
                    default -> System.out.println("commands: allow, unplug");
                }
            }
        }
        Thread.currentThread().join();
    }
}

package org.cleartrade.fleet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy between the browser and the fleet: it keeps every byte the browser sent (requests,
 * headers and bodies as they crossed the wire), and {@link #cut} takes the network away, closing
 * every connection and refusing new ones, as a phone losing its signal would.
 */
final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean cut;

    CuttableProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Everything the browser sent through this proxy, as ISO-8859-1 text. */
    String sent() {
        synchronized (sent) {
            return sent.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** The network is gone: open connections drop, new ones are refused. */
    void cut() throws IOException {
        cut = true;
        listener.close();
        synchronized (open) {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private void accept() {
        while (!cut) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                synchronized (open) {
                    open.add(client);
                    open.add(server);
                }
                pump(client.getInputStream(), server.getOutputStream(), true);
                pump(server.getInputStream(), client.getOutputStream(), false);
            } catch (IOException e) {
                return; // cut, or the test ended
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean record) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (in;
                            out) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            if (record) {
                                synchronized (sent) {
                                    sent.write(buffer, 0, n);
                                }
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the connection ended, or was cut
                    }
                },
                "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}

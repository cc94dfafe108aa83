package org.cleartrade.deviceio.printer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * ESC/POS over a raw TCP socket, port 9100 by convention ("JetDirect"). The connection opens on
 * first use and is reopened after {@link #close()}. Status answers come back on the same socket.
 */
public final class TcpPrinterTransport implements PrinterTransport {
    public static final int DEFAULT_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;

    public TcpPrinterTransport(String host, int port, Duration connectTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        this.port = port;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        socket().getOutputStream().write(bytes);
        socket().getOutputStream().flush();
    }

    @Override
    public synchronized int read(Duration timeout) throws IOException {
        Socket s = socket();
        s.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            int b = s.getInputStream().read();
            if (b < 0) {
                throw new IOException("printer closed the connection");
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public synchronized void drain() throws IOException {
        InputStream in = socket().getInputStream();
        while (in.available() > 0) {
            if (in.read() < 0) {
                throw new IOException("printer closed the connection");
            }
        }
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // The connection is being dropped because it failed; a failing close adds nothing.
            }
            socket = null;
        }
    }

    private Socket socket() throws IOException {
        if (socket == null) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
                s.setTcpNoDelay(true);
            } catch (IOException e) {
                s.close();
                throw new IOException("cannot connect to " + describe() + ": " + e.getMessage(), e);
            }
            socket = s;
        }
        return socket;
    }
}

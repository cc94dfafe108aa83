package org.cleartrade.deviceio.dock.ios;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PhoneLink} over the byte streams of a usbmuxd-relayed socket. Each receive and the TLS
 * handshake are bounded by {@code timeout}: a phone that stops answering closes the socket instead
 * of hanging the dock.
 */
public final class StreamPhoneLink implements PhoneLink {

    private final Closeable socket;
    private final Duration timeout;
    private final AtomicLong requests;
    private InputStream in;
    private OutputStream out;
    private TlsConnection tls;

    /**
     * @param socket closed by {@link #close()} and by the watchdog when an answer is late
     * @param requests counts every message sent, for the round-trip figures in the benchmarks
     */
    public StreamPhoneLink(InputStream in, OutputStream out, Closeable socket, Duration timeout, AtomicLong requests) {
        this.in = in;
        this.out = out;
        this.socket = socket;
        this.timeout = timeout;
        this.requests = requests;
    }

    @Override
    public void send(PlistMessage message) throws IOException {
        requests.incrementAndGet();
        PlistFrames.write(out, message);
    }

    @Override
    public PlistMessage receive() throws IOException {
        try (Watchdog.Armed watch = Watchdog.arm(socket, timeout)) {
            try {
                return PlistFrames.read(in);
            } catch (IOException e) {
                throw watch.explain(e, "phone");
            }
        }
    }

    @Override
    public void startTls(PairRecord record) throws IOException {
        if (tls != null) {
            throw new IllegalStateException("TLS is already on");
        }
        try (Watchdog.Armed watch = Watchdog.arm(socket, timeout)) {
            try {
                tls = TlsConnection.handshake(PairingTls.hostEngine(record), in, out);
            } catch (IOException e) {
                throw watch.explain(e, "TLS handshake with the phone");
            }
        }
        in = tls.input();
        out = tls.output();
    }

    /** The TLS protocol in use, or "none". */
    public String protocol() {
        return tls == null ? "none" : tls.protocol();
    }

    @Override
    public void close() throws IOException {
        if (tls != null) {
            tls.close();
        }
        socket.close();
    }
}

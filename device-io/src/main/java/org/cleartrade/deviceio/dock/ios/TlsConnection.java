package org.cleartrade.deviceio.dock.ios;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * TLS over a pair of blocking byte streams, with the JDK's {@link SSLEngine} (see
 * docs/decisions/0304). Lockdown switches an already open connection (a usbmuxd-relayed socket,
 * a Unix socket on the host side) to TLS in the middle of its plist exchange, so the JDK's
 * {@code SSLSocket}, which needs a {@code java.net.Socket}, does not fit; the engine is driven here.
 *
 * <p>Lifecycle: {@link #handshake} runs the whole handshake before returning; then {@link #input()}
 * and {@link #output()} carry application bytes; {@link #close()} sends close_notify and closes
 * the raw streams. A peer that closes mid-handshake is an {@link EOFException}; a handshake the
 * engine rejects (unknown certificate, no common protocol) is an {@link SSLException}.
 *
 * <p>Threading: one reader and one writer may work at the same time; a read that must answer a
 * post-handshake message (TLS 1.3 key update) takes the write lock briefly.
 */
public final class TlsConnection implements Closeable {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    /** Received, not yet decrypted; write mode. */
    private ByteBuffer netIn;
    /** Decrypted, not yet read by the caller; write mode. */
    private ByteBuffer appIn;

    private boolean inboundDone;

    private TlsConnection(SSLEngine engine, InputStream rawIn, OutputStream rawOut) {
        this.engine = engine;
        this.rawIn = rawIn;
        this.rawOut = rawOut;
        this.netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    /** Runs the handshake of {@code engine} (client or server mode already set) over the raw streams. */
    public static TlsConnection handshake(SSLEngine engine, InputStream rawIn, OutputStream rawOut) throws IOException {
        TlsConnection tls = new TlsConnection(engine, rawIn, rawOut);
        engine.beginHandshake();
        HandshakeStatus status = engine.getHandshakeStatus();
        try {
            while (status != HandshakeStatus.FINISHED && status != HandshakeStatus.NOT_HANDSHAKING) {
                status = tls.step(status);
            }
        } catch (SSLException e) {
            tls.sendAlert();
            throw e;
        }
        return tls;
    }

    /** Tells the peer why the handshake failed (the alert the engine has queued), if the pipe still works. */
    private void sendAlert() {
        try {
            synchronized (writeLock) {
                engine.closeOutbound();
                for (int i = 0; i < 4 && !engine.isOutboundDone(); i++) {
                    wrap(EMPTY);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The handshake already failed; the alert is a courtesy.
        }
    }

    /** The protocol the handshake agreed on, for example "TLSv1.2". */
    public String protocol() {
        return engine.getSession().getProtocol();
    }

    public InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return TlsConnection.this.read(b, off, len);
            }
        };
    }

    public OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                TlsConnection.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                rawOut.flush();
            }
        };
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (writeLock) {
                engine.closeOutbound();
                while (!engine.isOutboundDone()) {
                    wrap(EMPTY);
                }
            }
        } catch (IOException e) {
            // The peer may already be gone; the raw streams are closed below either way.
        } finally {
            try {
                rawIn.close();
            } finally {
                rawOut.close();
            }
        }
    }

    private HandshakeStatus step(HandshakeStatus status) throws IOException {
        switch (status) {
            case NEED_WRAP:
                synchronized (writeLock) {
                    return wrap(EMPTY).getHandshakeStatus();
                }
            case NEED_UNWRAP:
            case NEED_UNWRAP_AGAIN:
                return unwrapOrRead(true);
            case NEED_TASK:
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) {
                    task.run();
                }
                return engine.getHandshakeStatus();
            default:
                return status;
        }
    }

    private int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        synchronized (readLock) {
            while (appIn.position() == 0) {
                if (inboundDone) {
                    return -1;
                }
                HandshakeStatus status = unwrapOrRead(false);
                while (status == HandshakeStatus.NEED_WRAP || status == HandshakeStatus.NEED_TASK) {
                    status = step(status);
                }
            }
            appIn.flip();
            int n = Math.min(len, appIn.remaining());
            appIn.get(b, off, n);
            appIn.compact();
            return n;
        }
    }

    private void write(byte[] b, int off, int len) throws IOException {
        synchronized (writeLock) {
            ByteBuffer src = ByteBuffer.wrap(b, off, len);
            while (src.hasRemaining()) {
                SSLEngineResult result = wrap(src);
                if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                    throw new IOException("TLS connection is closed");
                }
            }
        }
    }

    /** Encrypts what {@code src} holds (or a handshake record) and sends it. Caller holds the write lock. */
    private SSLEngineResult wrap(ByteBuffer src) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        while (true) {
            SSLEngineResult result = engine.wrap(src, out);
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                out = ByteBuffer.allocate(out.capacity() * 2);
                continue;
            }
            out.flip();
            rawOut.write(out.array(), out.arrayOffset() + out.position(), out.remaining());
            rawOut.flush();
            return result;
        }
    }

    /**
     * Decrypts one record from what has been received, reading from the raw stream when a whole
     * record is not there yet. Returns the engine's handshake status afterwards.
     */
    private HandshakeStatus unwrapOrRead(boolean handshaking) throws IOException {
        while (true) {
            netIn.flip();
            SSLEngineResult result;
            try {
                result = engine.unwrap(netIn, appIn);
            } finally {
                netIn.compact();
            }
            switch (result.getStatus()) {
                case OK:
                    return result.getHandshakeStatus();
                case CLOSED:
                    inboundDone = true;
                    if (handshaking) {
                        throw new EOFException("peer closed the connection during the TLS handshake");
                    }
                    return result.getHandshakeStatus();
                case BUFFER_OVERFLOW:
                    appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                    break;
                case BUFFER_UNDERFLOW:
                    if (!netIn.hasRemaining()) {
                        netIn = grow(netIn, engine.getSession().getPacketBufferSize());
                    }
                    int n = rawIn.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
                    if (n < 0) {
                        inboundDone = true;
                        if (handshaking) {
                            throw new EOFException("peer closed the connection during the TLS handshake");
                        }
                        return engine.getHandshakeStatus();
                    }
                    netIn.position(netIn.position() + n);
                    break;
                default:
                    throw new SSLException("unexpected TLS engine status " + result.getStatus());
            }
        }
    }

    private static ByteBuffer grow(ByteBuffer buffer, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, atLeast));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }
}

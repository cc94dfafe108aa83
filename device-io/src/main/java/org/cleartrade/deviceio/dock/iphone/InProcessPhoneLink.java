package org.cleartrade.deviceio.dock.iphone;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import org.cleartrade.deviceio.dock.ios.PairRecord;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.ios.PhoneLink;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * A {@link PhoneLink} to a scripted iPhone in the same process, for demo mode and the journeys:
 * the same messages as over usbmuxd, without bytes. TLS is checked, not run: the phone accepts the
 * host certificate only if its pairing registered it, as the handshake would.
 */
public final class InProcessPhoneLink implements PhoneLink {

    private final PortResponder responder;
    private final AtomicLong requests;
    private final Deque<PlistMessage> answers = new ArrayDeque<>();
    private boolean tlsAsked;
    private boolean closed;

    public InProcessPhoneLink(PortResponder responder, AtomicLong requests) {
        this.responder = responder;
        this.requests = requests;
        this.tlsAsked = responder.tlsFromStart();
    }

    @Override
    public void send(PlistMessage message) throws IOException {
        if (closed) {
            throw new IOException("the iPhone closed the connection");
        }
        requests.incrementAndGet();
        PortResponder.Reply reply = responder.handle(message);
        answers.addAll(reply.messages());
        tlsAsked |= reply.startTls();
        closed |= reply.close();
    }

    @Override
    public PlistMessage receive() throws IOException {
        PlistMessage next = answers.poll();
        if (next != null) {
            return next;
        }
        if (closed) {
            throw new EOFException("the iPhone closed the connection");
        }
        throw new IOException("the iPhone did not answer");
    }

    @Override
    public void startTls(PairRecord record) throws IOException {
        if (!tlsAsked) {
            throw new IOException("TLS handshake failed: the phone did not ask for TLS");
        }
        responder.acceptTls(PairingCertificates.readCertificate(record.hostCertificate()));
    }

    @Override
    public void close() {
        closed = true;
    }
}

package org.cleartrade.deviceio.dock.ios;

import java.io.Closeable;
import java.io.IOException;

/**
 * One connection to a port on the phone (lockdownd on 62078, or a service it started) that
 * carries length-framed property lists ({@link PlistFrames}). Lockdown can switch the connection
 * to TLS in mid-conversation with the pairing's identities.
 *
 * <p>Implementations: {@link StreamPhoneLink} over the bytes usbmuxd relays, and an in-process
 * link to a scripted phone for demo mode. Not thread-safe: one conversation at a time.
 */
public interface PhoneLink extends Closeable {

    void send(PlistMessage message) throws IOException;

    /** The next message; an {@link java.io.EOFException} when the phone closed the connection. */
    PlistMessage receive() throws IOException;

    /** Switches this connection to TLS as the host of {@code record}. */
    void startTls(PairRecord record) throws IOException;

    /** Sends a request and returns the answer. */
    default PlistMessage exchange(PlistMessage request) throws IOException {
        send(request);
        return receive();
    }
}

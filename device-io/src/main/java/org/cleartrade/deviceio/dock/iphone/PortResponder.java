package org.cleartrade.deviceio.dock.iphone;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * The phone's side of one connection to one of its ports: lockdownd, or a service it started.
 * The fake usbmuxd carries its answers as bytes (with real TLS); the demo simulator hands them
 * over in process.
 */
public interface PortResponder {

    /** Answers one request. */
    Reply handle(PlistMessage request);

    /** Whether the connection is TLS from its first byte (a service started with {@code EnableServiceSSL}). */
    default boolean tlsFromStart() {
        return false;
    }

    /**
     * The identities for the TLS the last {@link Reply#startTls() reply} asked for: the phone's key
     * and the device certificate of the pairing, and the host certificate it accepts.
     */
    Tls tls();

    /**
     * In-process stand-in for the TLS handshake: accepts {@code hostCertificate} only if it is the
     * one the pairing registered, as the real handshake would.
     */
    default void acceptTls(X509Certificate hostCertificate) throws IOException {
        if (!tls().expectedHost().equals(hostCertificate)) {
            throw new IOException("TLS handshake failed: the phone does not know this host certificate");
        }
    }

    /**
     * What the phone does after one request.
     *
     * @param startTls switch the connection to TLS after these messages
     * @param close close the connection after these messages
     */
    record Reply(List<PlistMessage> messages, boolean startTls, boolean close) {
        public Reply {
            messages = List.copyOf(messages);
        }

        public static Reply of(PlistMessage message) {
            return new Reply(List.of(message), false, false);
        }

        public static Reply thenTls(PlistMessage message) {
            return new Reply(List.of(message), true, false);
        }

        public static Reply thenClose(PlistMessage message) {
            return new Reply(List.of(message), false, true);
        }

        /** The phone drops the connection without a word. */
        public static Reply hangUp() {
            return new Reply(List.of(), false, true);
        }
    }

    /** The TLS identities of one connection. */
    record Tls(PrivateKey deviceKey, X509Certificate deviceCertificate, X509Certificate expectedHost) {}
}

package org.cleartrade.core.session;

/**
 * Signs the erasure certificate of a session whose erase was verified. The session reaches the
 * certificate package through this one method, so the signing key and the certificate format stay
 * out of the state machine.
 */
@FunctionalInterface
public interface Certifier {

    /**
     * @param snapshot a session in {@link Phase#CERTIFYING}: phone inspected, consent and erase
     *     acknowledgement and verification recorded, trade id set
     */
    SessionEvent.CertificateReady certify(SessionSnapshot snapshot);
}

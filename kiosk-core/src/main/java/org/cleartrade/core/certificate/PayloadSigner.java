package org.cleartrade.core.certificate;

/**
 * Signs payload bytes with the kiosk's current Ed25519 key.
 *
 * <p>Threading: implementations are safe for concurrent use.
 */
public interface PayloadSigner {

    /** The id of the key that {@link #sign} uses, as {@link Ed25519Pem#keyId} writes it. */
    String keyId();

    /** The 64-byte Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);
}

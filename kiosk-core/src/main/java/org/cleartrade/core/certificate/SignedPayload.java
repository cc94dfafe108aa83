package org.cleartrade.core.certificate;

import java.util.HexFormat;

/**
 * A payload as read from a QR code, before its signature is checked.
 *
 * @param version the payload format version
 * @param keyId the signing key's id, 16 lowercase hex digits
 * @param signedBytes every byte the signature covers (the payload up to the signature)
 * @param signature the 64-byte Ed25519 signature
 */
public record SignedPayload(int version, String keyId, byte[] signedBytes, byte[] signature, PayloadContent content) {

    public SignedPayload {
        signedBytes = signedBytes.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] signedBytes() {
        return signedBytes.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    byte[] keyIdBytes() {
        return HexFormat.of().parseHex(keyId);
    }
}

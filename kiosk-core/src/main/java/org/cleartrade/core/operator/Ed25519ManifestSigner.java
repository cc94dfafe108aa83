package org.cleartrade.core.operator;

import java.util.Base64;
import java.util.Objects;
import org.cleartrade.core.certificate.PayloadSigner;

/**
 * Signs custody manifests with the kiosk's own Ed25519 key, the one that signs certificates and
 * vouchers, so the back office checks all three against the same published public key.
 *
 * <p>Threading: safe for concurrent use when the payload signer is.
 */
public final class Ed25519ManifestSigner implements ManifestSigner {

    private final PayloadSigner kioskKey;

    public Ed25519ManifestSigner(PayloadSigner kioskKey) {
        this.kioskKey = Objects.requireNonNull(kioskKey, "kioskKey");
    }

    @Override
    public Signature sign(byte[] document) {
        Objects.requireNonNull(document, "document");
        return new Signature(kioskKey.keyId(), Base64.getEncoder().encodeToString(kioskKey.sign(document)));
    }
}

package org.cleartrade.core.operator;

/** Signs a custody manifest's canonical text with the kiosk's key. */
public interface ManifestSigner {

    Signature sign(byte[] document);

    /** A detached signature and the id of the key that made it. */
    record Signature(String keyId, String base64) {}
}

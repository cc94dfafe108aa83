package org.cleartrade.core.driver;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import org.cleartrade.core.certificate.Ed25519Pem;
import org.cleartrade.core.certificate.PayloadSigner;

/**
 * An Ed25519 key made for one headless run and never stored: certificates and vouchers the
 * driver issues are really signed, but by a key nobody trusts.
 */
public final class EphemeralSigner implements PayloadSigner {

    private final KeyPair keys;

    public EphemeralSigner() {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is built into every JDK since 15", e);
        }
    }

    /** The public half, for whoever must verify what this key signed. */
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public String keyId() {
        return Ed25519Pem.keyId(keys.getPublic());
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a fresh Ed25519 key failed", e);
        }
    }
}

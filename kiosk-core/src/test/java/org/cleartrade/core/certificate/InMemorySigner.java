package org.cleartrade.core.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Map;

/** An Ed25519 signer whose key lives in memory only. */
final class InMemorySigner implements PayloadSigner {

    private final KeyPair pair;

    InMemorySigner(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    InMemorySigner() {
        this(new SecureRandom());
    }

    PublicKey publicKey() {
        return pair.getPublic();
    }

    TrustedKeys trusted() {
        return new TrustedKeys(Map.of(keyId(), pair.getPublic()));
    }

    @Override
    public String keyId() {
        return Ed25519Pem.keyId(pair.getPublic());
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

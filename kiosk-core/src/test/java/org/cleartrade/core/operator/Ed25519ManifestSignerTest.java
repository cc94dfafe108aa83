package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519ManifestSignerTest {

    @TempDir
    Path data;

    @Test
    void aManifestSignatureVerifiesWithTheKiosksPublicKey() throws GeneralSecurityException {
        FileKioskKeyStore keys = FileKioskKeyStore.open(data, new SecureRandom());
        byte[] document = "ClearTrade custody manifest v1\nmanifest: cm-1\n".getBytes(StandardCharsets.UTF_8);

        ManifestSigner.Signature signature = new Ed25519ManifestSigner(keys).sign(document);

        assertThat(signature.keyId()).isEqualTo(keys.keyId());
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(keys.publicKey());
        ed.update(document);
        assertThat(ed.verify(Base64.getDecoder().decode(signature.base64()))).isTrue();
    }

    @Test
    void aChangedManifestNoLongerVerifies() throws GeneralSecurityException {
        FileKioskKeyStore keys = FileKioskKeyStore.open(data, new SecureRandom());
        ManifestSigner.Signature signature =
                new Ed25519ManifestSigner(keys).sign("release: bin=1".getBytes(StandardCharsets.UTF_8));

        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(keys.publicKey());
        ed.update("release: bin=2".getBytes(StandardCharsets.UTF_8));

        assertThat(ed.verify(Base64.getDecoder().decode(signature.base64()))).isFalse();
    }
}

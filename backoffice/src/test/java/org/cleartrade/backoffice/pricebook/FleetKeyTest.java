package org.cleartrade.backoffice.pricebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FleetKeyTest {

    private final KeyPair pair = Feeds.newKeyPair();
    private final byte[] data = "cleartrade-price-book\t1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsPemBase64DerAndRawKeysAlike() throws Exception {
        byte[] der = pair.getPublic().getEncoded();
        String base64 = Base64.getEncoder().encodeToString(der);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        String raw = Base64.getEncoder().encodeToString(Arrays.copyOfRange(der, der.length - 32, der.length));
        byte[] signature = sign(data);

        for (String text : new String[] {pem, base64, raw}) {
            assertThat(FleetKey.parse(text).verifies(data, signature)).as(text).isTrue();
        }
    }

    @Test
    void rejectsAnotherKeysSignatureAndAlteredData() throws Exception {
        FleetKey key = FleetKey.of(pair.getPublic());
        byte[] signature = sign(data);
        byte[] altered = data.clone();
        altered[0] ^= 1;

        assertThat(key.verifies(altered, signature)).isFalse();
        assertThat(FleetKey.of(Feeds.newKeyPair().getPublic()).verifies(data, signature))
                .isFalse();
        assertThat(key.verifies(data, new byte[64])).isFalse();
        assertThat(key.verifies(data, new byte[3])).isFalse();
    }

    @Test
    void explainsTextThatIsNoKey() {
        assertThatThrownBy(() -> FleetKey.parse("%%%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fleet key is not base64 or PEM");
        assertThatThrownBy(() -> FleetKey.parse("AAAA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fleet key is not an Ed25519 public key");
    }

    private byte[] sign(byte[] bytes) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(bytes);
        return signer.sign();
    }
}

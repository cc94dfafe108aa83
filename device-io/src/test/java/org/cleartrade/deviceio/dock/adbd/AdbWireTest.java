package org.cleartrade.deviceio.dock.adbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class AdbWireTest {

    @Test
    void aMessageSurvivesTheRoundTrip() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new AdbMessageCodec(new ByteArrayInputStream(new byte[0]), wire, 4096)
                .write(new AdbMessage(
                        AdbMessage.OPEN, 7, 0, "shell,v2,raw:getprop\0".getBytes(StandardCharsets.UTF_8)));
        AdbMessage read = new AdbMessageCodec(
                        new ByteArrayInputStream(wire.toByteArray()), new ByteArrayOutputStream(), 4096)
                .read();
        assertThat(read.command()).isEqualTo(AdbMessage.OPEN);
        assertThat(read.arg0()).isEqualTo(7);
        assertThat(read.payloadText()).isEqualTo("shell,v2,raw:getprop");
        assertThat(AdbMessage.name(read.command())).isEqualTo("OPEN");
    }

    @Test
    void aHeaderWithABadMagicIsRefused() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new AdbMessageCodec(new ByteArrayInputStream(new byte[0]), wire, 4096)
                .write(new AdbMessage(AdbMessage.OKAY, 1, 2, null));
        byte[] bytes = wire.toByteArray();
        bytes[20] ^= 0x55;
        assertThatThrownBy(() ->
                        new AdbMessageCodec(new ByteArrayInputStream(bytes), new ByteArrayOutputStream(), 4096).read())
                .hasMessageContaining("magic");
    }

    @Test
    void anOversizedPayloadIsRefusedBeforeItIsRead() {
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(AdbMessage.WRTE).putInt(1).putInt(1).putInt(1 << 30).putInt(0).putInt(~AdbMessage.WRTE);
        assertThatThrownBy(() -> new AdbMessageCodec(
                                new ByteArrayInputStream(h.array()), new ByteArrayOutputStream(), 4096)
                        .read())
                .hasMessageContaining("exceeds");
    }

    @Test
    void aTruncatedHeaderIsAnEndOfStream() {
        assertThatThrownBy(() -> new AdbMessageCodec(
                                new ByteArrayInputStream(new byte[10]), new ByteArrayOutputStream(), 4096)
                        .read())
                .isInstanceOf(EOFException.class);
    }

    @Test
    void decodesAnAdbPublicKeyAndVerifiesATokenSignedTheWayTheAdbServerSignsIt() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048); // adb keys are 2048-bit; newer JDKs default to 3072
        KeyPair pair = generator.genKeyPair();
        RSAPublicKey original = (RSAPublicKey) pair.getPublic();
        RSAPublicKey decoded = AndroidRsaPublicKey.decode(adbFormat(original) + " seller@kiosk\0");
        assertThat(decoded.getModulus()).isEqualTo(original.getModulus());
        assertThat(decoded.getPublicExponent()).isEqualTo(original.getPublicExponent());

        byte[] token = new byte[20];
        new java.security.SecureRandom().nextBytes(token);
        byte[] signature = signLikeAdb(pair, token);
        assertThat(AndroidRsaPublicKey.verifiesToken(decoded, token, signature)).isTrue();
        token[0] ^= 1;
        assertThat(AndroidRsaPublicKey.verifiesToken(decoded, token, signature)).isFalse();
        assertThat(AndroidRsaPublicKey.verifiesToken(decoded, token, new byte[7]))
                .isFalse();
    }

    @Test
    void aGarbledPublicKeyIsRefused() {
        assertThatThrownBy(() -> AndroidRsaPublicKey.decode("not-base64!! user@host"))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> AndroidRsaPublicKey.decode(Base64.getEncoder().encodeToString(new byte[40])))
                .isInstanceOf(GeneralSecurityException.class);
    }

    /** adb's RSAPublicKey struct, as adb_auth_host writes adbkey.pub. */
    static String adbFormat(RSAPublicKey key) {
        int words = 64;
        BigInteger n = key.getModulus();
        BigInteger r32 = BigInteger.ONE.shiftLeft(32);
        long n0inv = r32.subtract(n.mod(r32).modInverse(r32)).longValue();
        BigInteger rr = BigInteger.ONE.shiftLeft(words * 32 * 2).mod(n);
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + words * 8 + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(words).putInt((int) n0inv);
        b.put(littleEndian(n, words * 4)).put(littleEndian(rr, words * 4));
        b.putInt(key.getPublicExponent().intValue());
        return Base64.getEncoder().encodeToString(b.array());
    }

    private static byte[] littleEndian(BigInteger value, int size) {
        byte[] big = value.toByteArray();
        byte[] out = new byte[size];
        for (int i = 0; i < size && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }

    private static byte[] signLikeAdb(KeyPair pair, byte[] token) throws Exception {
        byte[] prefix = {0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14};
        byte[] digestInfo = Arrays.copyOf(prefix, prefix.length + token.length);
        System.arraycopy(token, 0, digestInfo, prefix.length, token.length);
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, pair.getPrivate());
        return rsa.doFinal(digestInfo);
    }
}

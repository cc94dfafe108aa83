package org.cleartrade.deviceio.dock.adbd;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * adb's public key format ({@code ~/.android/adbkey.pub}, and the AUTH RSAPUBLICKEY payload):
 * base64 of a little-endian struct, then a space and {@code user@host}:
 *
 * <pre>
 * uint32 len (words, 64 for 2048-bit) | uint32 n0inv | uint32 n[len] | uint32 rr[len] | uint32 e
 * </pre>
 *
 * and adb's token signature check: the host signs the 20-byte token as if it were a SHA-1 digest
 * (PKCS#1 v1.5 with the SHA-1 DigestInfo prefix).
 */
public final class AndroidRsaPublicKey {

    private static final byte[] SHA1_DIGEST_INFO = {
        0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14
    };

    private AndroidRsaPublicKey() {}

    /** Decodes {@code base64[ user@host][\0]}; a malformed key is a {@link GeneralSecurityException}. */
    public static RSAPublicKey decode(String text) throws GeneralSecurityException {
        String b64 = text.strip().split("[\\s\\x00]", 2)[0];
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(b64.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("adb public key is not base64", e);
        }
        if (raw.length < 12) {
            throw new GeneralSecurityException("adb public key too short");
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int words = b.getInt();
        if (words <= 0 || words > 256 || raw.length != 4 + 4 + words * 8 + 4) {
            throw new GeneralSecurityException("adb public key has an unexpected size");
        }
        b.getInt();
        byte[] modulus = new byte[words * 4];
        b.get(modulus);
        b.position(b.position() + words * 4);
        int exponent = b.getInt();
        reverse(modulus);
        var spec = new RSAPublicKeySpec(new BigInteger(1, modulus), BigInteger.valueOf(exponent & 0xFFFFFFFFL));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
    }

    /** True when {@code signature} is {@code token} signed with the key's private half. */
    public static boolean verifiesToken(RSAPublicKey key, byte[] token, byte[] signature) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            byte[] decoded = rsa.doFinal(signature);
            byte[] expected = Arrays.copyOf(SHA1_DIGEST_INFO, SHA1_DIGEST_INFO.length + token.length);
            System.arraycopy(token, 0, expected, SHA1_DIGEST_INFO.length, token.length);
            return Arrays.equals(decoded, expected);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }
}

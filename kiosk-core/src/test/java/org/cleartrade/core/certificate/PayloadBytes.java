package org.cleartrade.core.certificate;

import java.util.Arrays;

/** Opens a payload text into its bytes and closes edited bytes back into text, for tampering tests. */
public final class PayloadBytes {

    private PayloadBytes() {}

    public static byte[] of(String payload) {
        return Base45.decode(payload.substring(QrPayloadCodec.PREFIX.length()));
    }

    public static String text(byte[] bytes) {
        return QrPayloadCodec.PREFIX + Base45.encode(bytes);
    }

    /** The payload with one byte replaced. */
    public static String withByte(String payload, int index, int value) {
        byte[] bytes = of(payload);
        bytes[index] = (byte) value;
        return text(bytes);
    }

    /** The payload with its signature replaced by the signer's signature of the edited bytes. */
    public static String resigned(byte[] signedBytes, PayloadSigner signer) {
        byte[] signature = signer.sign(signedBytes);
        byte[] out = Arrays.copyOf(signedBytes, signedBytes.length + signature.length);
        System.arraycopy(signature, 0, out, signedBytes.length, signature.length);
        return text(out);
    }

    public static String truncated(String payload, int dropBytes) {
        byte[] bytes = of(payload);
        return text(Arrays.copyOf(bytes, bytes.length - dropBytes));
    }
}

package org.cleartrade.core.certificate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.cleartrade.core.certificate.MalformedPayloadException.Reason;

/** Reads payload fields in order; running out of bytes is {@link Reason#TRUNCATED}, naming the field. */
final class PayloadReader {

    private final byte[] bytes;
    private int position;

    PayloadReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int position() {
        return position;
    }

    int remaining() {
        return bytes.length - position;
    }

    byte[] bytes(int length, String field) throws MalformedPayloadException {
        if (remaining() < length) {
            throw new MalformedPayloadException(
                    Reason.TRUNCATED,
                    "the payload ends inside the " + field + " (" + remaining() + " of " + length + " bytes)");
        }
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    int u8(String field) throws MalformedPayloadException {
        return bytes(1, field)[0] & 0xff;
    }

    long i64(String field) throws MalformedPayloadException {
        return ByteBuffer.wrap(bytes(8, field)).getLong();
    }

    Instant u32Instant(String field) throws MalformedPayloadException {
        return Instant.ofEpochSecond(ByteBuffer.wrap(bytes(4, field)).getInt() & 0xffff_ffffL);
    }

    String ascii(String field) throws MalformedPayloadException {
        byte[] value = bytes(u8(field + " length"), field);
        for (byte b : value) {
            if (b < 0x21 || b > 0x7e) {
                throw new MalformedPayloadException(Reason.BAD_FIELD, "the " + field + " holds a non-printable byte");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }

    String utf8(String field) throws MalformedPayloadException {
        byte[] value = bytes(u8(field + " length"), field);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException(Reason.BAD_FIELD, "the " + field + " is not UTF-8");
        }
    }

    /** Sixteen BCD digits, padded at the end with 0xF nibbles. */
    String bcd(String field) throws MalformedPayloadException {
        byte[] value = bytes(8, field);
        StringBuilder digits = new StringBuilder(16);
        boolean padding = false;
        for (int i = 0; i < 16; i++) {
            int nibble = (value[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            if (nibble == 0xf) {
                padding = true;
            } else if (padding || nibble > 9) {
                throw new MalformedPayloadException(Reason.BAD_FIELD, "the " + field + " is not BCD digits");
            } else {
                digits.append((char) ('0' + nibble));
            }
        }
        return digits.toString();
    }
}

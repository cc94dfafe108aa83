package org.cleartrade.core.certificate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cleartrade.ports.dock.VerificationEvidence;

/** Splits a payload into its fields, for the byte-by-byte tables in docs/certificates.md. */
final class PayloadLayout {

    record Field(int offset, int length, String name, String hex, String meaning) {}

    private final byte[] bytes;
    private final List<Field> fields = new ArrayList<>();
    private int position;

    private PayloadLayout(byte[] bytes) {
        this.bytes = bytes;
    }

    static List<Field> of(byte[] bytes) {
        PayloadLayout layout = new PayloadLayout(bytes);
        layout.walk();
        return layout.fields;
    }

    private void walk() {
        int kind = bytes[0];
        take(1, "kind", kind == 'C' ? "'C' certificate" : "'V' voucher");
        take(1, "version", "format version " + bytes[1]);
        take(8, "key id", "first 8 bytes of SHA-256(public key DER)");
        if (kind == 'C') {
            take(4, "verified at", "u32 seconds since 1970");
            int flags = bytes[position];
            take(
                    1,
                    "flags",
                    "category " + SanitizationCategory.ofCode(flags & 3).label() + ", verified " + ((flags & 4) != 0)
                            + ", IMEI present " + ((flags & 8) != 0)
                            + (bytes[1] >= 2 ? ", evidence " + VerificationEvidence.values()[(flags >> 4) & 7] : ""));
            string("trade id");
            string("kiosk id");
            string("serial");
            if ((flags & 8) != 0) {
                take(8, "IMEI", "BCD digits, 0xF padded");
            }
            string("device");
            take(32, "certificate SHA-256", "hash of the canonical text");
        } else {
            take(16, "voucher id", "128 random bits");
            string("trade id");
            take(8, "amount", "i64 minor units");
            take(3, "currency", "ISO 4217");
            take(4, "issued at", "u32 seconds since 1970");
            take(4, "expires at", "u32 seconds since 1970");
            string("kiosk id");
        }
        take(64, "signature", "Ed25519 over bytes 0.." + (position - 1));
    }

    private void string(String name) {
        int length = bytes[position] & 0xff;
        take(1, name + " length", Integer.toString(length));
        take(length, name, "\"" + new String(bytes, position, length, StandardCharsets.UTF_8) + "\"");
    }

    private void take(int length, String name, String meaning) {
        String hex = HexFormat.ofDelimiter(" ").formatHex(bytes, position, position + length);
        fields.add(new Field(position, length, name, hex, meaning));
        position += length;
    }
}

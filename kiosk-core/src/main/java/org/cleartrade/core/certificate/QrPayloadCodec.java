package org.cleartrade.core.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.cleartrade.core.certificate.MalformedPayloadException.Reason;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.pricing.quote.Money;

/**
 * The signed QR payloads of certificates (format 2, reading format 1 too) and vouchers (format 1).
 *
 * <p>Text form: {@code "CT:"} followed by the Base45 (RFC 9285) of the bytes below, so that the
 * whole text is in the QR alphanumeric set. All integers are unsigned big-endian; {@code str} is a
 * one-byte length followed by that many bytes; times are seconds since 1970-01-01T00:00:00Z.
 *
 * <pre>
 * certificate                              voucher
 * +0   u8    kind 0x43 'C'                 +0   u8    kind 0x56 'V'
 * +1   u8    version 0x02 (0x01)           +1   u8    version 0x01
 * +2   8     key id                        +2   8     key id
 * +10  u32   verified at                   +10  16    voucher id
 * +14  u8    flags: bits 0-1 category      +26  str   trade id (ASCII)
 *            (1 Clear, 2 Purge, 3 Destroy)       i64   amount in minor units (&gt; 0)
 *            bit 2 verified, bit 3 IMEI          3     currency (ISO 4217, ASCII)
 *            present, bits 4-6 evidence          u32   issued at
 *            (format 2: 0 none, 1 factory state
 *            read back, 2 USB re-enumerated
 *            with the same serial, 3 returned
 *            Unactivated), bit 7 zero
 *            (format 1: bits 4-7 zero)
 * +15  str   trade id (ASCII)                    u32   expires at
 *      str   kiosk id (ASCII)                    str   kiosk id (ASCII)
 *      str   serial (ASCII)                      64    Ed25519 signature
 *      8     IMEI as BCD, padded with 0xF (only if flagged)
 *      str   device (UTF-8, may be shortened)
 *      32    SHA-256 of the canonical certificate text
 *      64    Ed25519 signature
 * </pre>
 *
 * <p>The signature covers every byte before it, kind and version included. A certificate payload
 * is at most {@value #MAX_CERTIFICATE_BYTES} bytes ({@value #MAX_TEXT_LENGTH} characters of text,
 * the capacity of a version 10 QR at error correction M): the device name gets what room the
 * fixed fields leave. Decoding is strict and each failure has its own {@link Reason}.
 */
public final class QrPayloadCodec {

    public static final String PREFIX = "CT:";
    /** The format of voucher payloads, and of certificate payloads without an evidence level. */
    public static final int VERSION = 1;
    /** The format of certificate payloads that carry the verification evidence level. */
    public static final int CERTIFICATE_VERSION = 2;

    private static final int EVIDENCE_SHIFT = 4;
    public static final int MAX_TEXT_LENGTH = 311;
    public static final int MAX_CERTIFICATE_BYTES = 205;

    static final int KIND_CERTIFICATE = 'C';
    static final int KIND_VOUCHER = 'V';
    static final int SIGNATURE_BYTES = 64;
    static final int HASH_BYTES = 32;
    private static final int FLAG_VERIFIED = 0x04;
    private static final int FLAG_IMEI = 0x08;

    private QrPayloadCodec() {}

    /** Signs and encodes the QR text of a certificate summary. */
    public static String encodeCertificate(CertificatePayload payload, PayloadSigner signer) {
        ByteArrayOutputStream out =
                header(KIND_CERTIFICATE, payload.evidence().isPresent() ? CERTIFICATE_VERSION : VERSION, signer);
        u32(out, payload.verifiedAt());
        int flags = payload.category().code()
                | (payload.verified() ? FLAG_VERIFIED : 0)
                | (payload.imei().isPresent() ? FLAG_IMEI : 0)
                | payload.evidence().map(e -> e.ordinal() << EVIDENCE_SHIFT).orElse(0);
        out.write(flags);
        str(out, payload.tradeId().getBytes(StandardCharsets.US_ASCII));
        str(out, payload.kioskId().getBytes(StandardCharsets.US_ASCII));
        str(out, payload.serial().getBytes(StandardCharsets.US_ASCII));
        payload.imei().ifPresent(imei -> out.writeBytes(bcd(imei)));
        int room = MAX_CERTIFICATE_BYTES - out.size() - 1 - HASH_BYTES - SIGNATURE_BYTES;
        str(out, shortened(payload.device(), room));
        out.writeBytes(HexFormat.of().parseHex(payload.certificateSha256()));
        return sign(out, signer);
    }

    /** Signs and encodes the QR text of a voucher. */
    public static String encodeVoucher(Voucher voucher, PayloadSigner signer) {
        ByteArrayOutputStream out = header(KIND_VOUCHER, VERSION, signer);
        out.writeBytes(HexFormat.of().parseHex(voucher.voucherId()));
        str(out, voucher.tradeId().getBytes(StandardCharsets.US_ASCII));
        long amount = voucher.amount().minorUnits();
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (amount >>> shift));
        }
        out.writeBytes(voucher.currency().getBytes(StandardCharsets.US_ASCII));
        u32(out, voucher.issuedAt());
        u32(out, voucher.expiresAt());
        str(out, voucher.kioskId().getBytes(StandardCharsets.US_ASCII));
        return sign(out, signer);
    }

    /** Reads a payload's text; checks its structure but not its signature. */
    public static SignedPayload decode(String text) throws MalformedPayloadException {
        if (!text.startsWith(PREFIX)) {
            throw new MalformedPayloadException(
                    Reason.BAD_PREFIX, "not a ClearTrade code: it does not start with " + PREFIX);
        }
        String body = text.substring(PREFIX.length());
        if (endsMidGroup(body)) {
            throw new MalformedPayloadException(Reason.TRUNCATED, "the code's text ends in the middle of a group");
        }
        byte[] bytes;
        try {
            bytes = Base45.decode(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(Reason.NOT_BASE45, "the code's text is damaged: " + e.getMessage());
        }
        PayloadReader in = new PayloadReader(bytes);
        int kind = in.u8("kind");
        if (kind != KIND_CERTIFICATE && kind != KIND_VOUCHER) {
            throw new MalformedPayloadException(
                    Reason.UNKNOWN_KIND, "unknown payload kind 0x" + Integer.toHexString(kind));
        }
        int version = in.u8("version");
        boolean known = version == VERSION || kind == KIND_CERTIFICATE && version == CERTIFICATE_VERSION;
        if (!known) {
            throw new MalformedPayloadException(
                    Reason.UNKNOWN_VERSION,
                    "payload version " + version + " is not supported (this verifier reads certificates of " + VERSION
                            + " and " + CERTIFICATE_VERSION + ", vouchers of " + VERSION + ")");
        }
        String keyId = HexFormat.of().formatHex(in.bytes(Ed25519Pem.KEY_ID_BYTES, "key id"));
        PayloadContent content = kind == KIND_CERTIFICATE ? readCertificate(in, version) : readVoucher(in);
        int signedLength = in.position();
        byte[] signature = in.bytes(SIGNATURE_BYTES, "signature");
        if (in.remaining() > 0) {
            throw new MalformedPayloadException(
                    Reason.TRAILING_BYTES, in.remaining() + " unexpected bytes follow the signature");
        }
        return new SignedPayload(version, keyId, Arrays.copyOf(bytes, signedLength), signature, content);
    }

    /**
     * A lone last character, or a last pair too large for one byte: the first characters of a
     * three-character group whose rest was cut off.
     */
    private static boolean endsMidGroup(String body) {
        if (body.length() % 3 == 1) {
            return true;
        }
        if (body.length() % 3 == 2) {
            int low = Base45.ALPHABET.indexOf(body.charAt(body.length() - 2));
            int high = Base45.ALPHABET.indexOf(body.charAt(body.length() - 1));
            return low >= 0 && high >= 0 && low + high * 45 > 0xff;
        }
        return false;
    }

    private static CertificatePayload readCertificate(PayloadReader in, int version) throws MalformedPayloadException {
        Instant verifiedAt = in.u32Instant("verified at");
        int flags = in.u8("flags");
        if ((flags & (version == VERSION ? 0xf0 : 0x80)) != 0) {
            throw new MalformedPayloadException(
                    Reason.BAD_FIELD, "reserved flag bits are set: 0x" + Integer.toHexString(flags));
        }
        Optional<VerificationEvidence> evidence = Optional.empty();
        if (version == CERTIFICATE_VERSION) {
            int code = (flags >> EVIDENCE_SHIFT) & 0x07;
            if (code >= VerificationEvidence.values().length) {
                throw new MalformedPayloadException(Reason.BAD_FIELD, "unknown verification evidence " + code);
            }
            evidence = Optional.of(VerificationEvidence.values()[code]);
        }
        String tradeId = in.ascii("trade id");
        String kioskId = in.ascii("kiosk id");
        String serial = in.ascii("serial");
        Optional<String> imei = (flags & FLAG_IMEI) != 0 ? Optional.of(in.bcd("IMEI")) : Optional.empty();
        String device = in.utf8("device");
        String hash = HexFormat.of().formatHex(in.bytes(HASH_BYTES, "certificate hash"));
        try {
            return new CertificatePayload(
                    tradeId,
                    kioskId,
                    serial,
                    imei,
                    device,
                    SanitizationCategory.ofCode(flags & 0x03),
                    (flags & FLAG_VERIFIED) != 0,
                    verifiedAt,
                    hash,
                    evidence);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(Reason.BAD_FIELD, e.getMessage());
        }
    }

    private static Voucher readVoucher(PayloadReader in) throws MalformedPayloadException {
        String voucherId = HexFormat.of().formatHex(in.bytes(16, "voucher id"));
        String tradeId = in.ascii("trade id");
        long amount = in.i64("amount");
        String currency = new String(in.bytes(3, "currency"), StandardCharsets.ISO_8859_1);
        Instant issuedAt = in.u32Instant("issued at");
        Instant expiresAt = in.u32Instant("expires at");
        String kioskId = in.ascii("kiosk id");
        try {
            return new Voucher(voucherId, tradeId, new Money(amount, currency), issuedAt, expiresAt, kioskId);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(Reason.BAD_FIELD, e.getMessage());
        }
    }

    private static ByteArrayOutputStream header(int kind, int version, PayloadSigner signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(kind);
        out.write(version);
        out.writeBytes(HexFormat.of().parseHex(signer.keyId()));
        return out;
    }

    private static String sign(ByteArrayOutputStream out, PayloadSigner signer) {
        byte[] signature = signer.sign(out.toByteArray());
        if (signature.length != SIGNATURE_BYTES) {
            throw new IllegalStateException("an Ed25519 signature has 64 bytes, got " + signature.length);
        }
        out.writeBytes(signature);
        return PREFIX + Base45.encode(out.toByteArray());
    }

    private static void u32(ByteArrayOutputStream out, Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > 0xffff_ffffL) {
            throw new IllegalArgumentException("time outside the payload's range: " + instant);
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (seconds >>> shift));
        }
    }

    private static void str(ByteArrayOutputStream out, byte[] value) {
        if (value.length > 255) {
            throw new IllegalArgumentException("a payload string holds at most 255 bytes, got " + value.length);
        }
        out.write(value.length);
        out.writeBytes(value);
    }

    static byte[] bcd(String digits) {
        byte[] out = new byte[8];
        Arrays.fill(out, (byte) 0xff);
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int shift = i % 2 == 0 ? 4 : 0;
            out[i / 2] = (byte) ((out[i / 2] & ~(0xf << shift)) | (digit << shift));
        }
        return out;
    }

    /** The UTF-8 of {@code text}, cut at a character boundary to at most {@code room} bytes. */
    static byte[] shortened(String text, int room) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= Math.max(room, 0)) {
            return utf8;
        }
        int end = Math.max(room, 0);
        while (end > 0 && (utf8[end] & 0xc0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(utf8, end);
    }
}

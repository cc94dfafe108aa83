package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.cleartrade.core.certificate.MalformedPayloadException.Reason;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QrPayloadCodecTest {

    private final InMemorySigner signer = new InMemorySigner();

    private String certificatePayload(ErasureCertificate certificate) {
        return QrPayloadCodec.encodeCertificate(
                CertificatePayload.of(certificate, CertificateText.canonical(certificate)), signer);
    }

    private Voucher voucher() {
        return Voucher.issue(
                "T-20261123-0007",
                new Money(129_900, "CNY"),
                "SZX-0042",
                ISSUED.plusSeconds(60),
                Duration.ofDays(30),
                new SecureRandom());
    }

    @Test
    void readsBackEveryFieldOfACertificate() throws Exception {
        ErasureCertificate certificate = certificate();
        CertificatePayload expected = CertificatePayload.of(certificate, CertificateText.canonical(certificate));

        SignedPayload decoded = QrPayloadCodec.decode(certificatePayload(certificate));

        assertThat(decoded.content()).isEqualTo(expected);
        assertThat(decoded.keyId()).isEqualTo(signer.keyId());
        assertThat(decoded.version()).isEqualTo(2);
        assertThat(((CertificatePayload) decoded.content()).evidence())
                .contains(VerificationEvidence.USB_REENUMERATED_SAME_SERIAL);
        assertThat(expected.device()).isEqualTo("Google Pixel 8");
        assertThat(expected.imei()).contains("356938035643809");
    }

    @Test
    void readsBackEveryFieldOfAVoucher() throws Exception {
        Voucher voucher = voucher();

        SignedPayload decoded = QrPayloadCodec.decode(QrPayloadCodec.encodeVoucher(voucher, signer));

        assertThat(decoded.content()).isEqualTo(voucher);
    }

    @Test
    void usesOnlyQrAlphanumericCharacters() {
        assertThat(certificatePayload(certificate())).startsWith("CT:").matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(QrPayloadCodec.encodeVoucher(voucher(), signer)).matches("[0-9A-Z $%*+\\-./:]+");
    }

    @Test
    void fitsQrVersionTenAtEccMWithTheLongestFieldsAKioskWrites() throws Exception {
        PhoneIdentity longest = new PhoneIdentity(
                "Manufacturer with a very long registered name",
                "Model-Number-That-Goes-On-And-On-1234567890",
                "Market name that is longer than anything printed on a box",
                1024,
                "S".repeat(ErasureCertificate.MAX_SERIAL_LENGTH),
                Optional.of("3569380356438091"),
                "Android",
                "15",
                "2026-10-05");
        ErasureCertificate certificate = ErasureCertificate.fromDock(
                "T".repeat(ErasureCertificate.MAX_TRADE_ID_LENGTH),
                new KioskSite("K".repeat(KioskSite.MAX_KIOSK_ID_LENGTH), "Somewhere"),
                evidence(longest, Verdict.PASS, true),
                consent(),
                ISSUED);

        String payload = certificatePayload(certificate);

        assertThat(payload).hasSizeLessThanOrEqualTo(QrPayloadCodec.MAX_TEXT_LENGTH);
        assertThat(QrVersion.of(payload)).isLessThanOrEqualTo(10);
        CertificatePayload decoded =
                (CertificatePayload) QrPayloadCodec.decode(payload).content();
        assertThat(decoded.serial()).isEqualTo(longest.serial());
        assertThat(decoded.imei()).contains("3569380356438091");
        assertThat("Manufacturer with a very long registered name Market name").startsWith(decoded.device());
    }

    @Test
    void printsTheUsualCertificateAndVoucherAtVersionTenOrLower() {
        assertThat(QrVersion.of(certificatePayload(certificate()))).isLessThanOrEqualTo(10);
        assertThat(QrVersion.of(QrPayloadCodec.encodeVoucher(voucher(), signer)))
                .isLessThanOrEqualTo(10);
    }

    @Test
    void shortensTheDeviceNameAtACharacterBoundary() {
        byte[] shortened = QrPayloadCodec.shortened("华为 Mate", 4);

        assertThat(shortened).hasSize(3);
        assertThat(new String(shortened, StandardCharsets.UTF_8)).isEqualTo("华");
    }

    @Test
    void keepsAnImeiThatStartsWithZero() throws Exception {
        assertThat(new PayloadReader(QrPayloadCodec.bcd("01234567890123")).bcd("IMEI"))
                .isEqualTo("01234567890123");
    }

    @Test
    void refusesTextThatIsNotOurs() {
        assertThat(reasonOf("HC1:6BFOXN%TS3DH")).isEqualTo(Reason.BAD_PREFIX);
        assertThat(reasonOf("https://example.com/")).isEqualTo(Reason.BAD_PREFIX);
        assertThat(reasonOf("CT:BB8aa")).isEqualTo(Reason.NOT_BASE45);
    }

    @Test
    void refusesAnUnknownKindOrVersion() {
        String payload = certificatePayload(certificate());

        assertThat(reasonOf(PayloadBytes.withByte(payload, 0, 'X'))).isEqualTo(Reason.UNKNOWN_KIND);
        MalformedPayloadException version = exceptionOf(PayloadBytes.withByte(payload, 1, 3));
        assertThat(version.reason()).isEqualTo(Reason.UNKNOWN_VERSION);
        assertThat(version).hasMessageContaining("version 3 is not supported");
        String voucher = QrPayloadCodec.encodeVoucher(voucher(), signer);
        assertThat(reasonOf(PayloadBytes.withByte(voucher, 1, 2)))
                .as("vouchers have no format 2")
                .isEqualTo(Reason.UNKNOWN_VERSION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(VerificationEvidence.class)
    void carriesEachEvidenceLevelInFormatTwo(VerificationEvidence evidence) throws Exception {
        CertificatePayload sent = new CertificatePayload(
                "T-20261123-0007",
                "SZX-0042",
                "3A281FDJH00C42",
                Optional.empty(),
                "Google Pixel 8",
                SanitizationCategory.PURGE,
                evidence.verified(),
                ISSUED,
                "ab".repeat(32),
                Optional.of(evidence));

        SignedPayload decoded = QrPayloadCodec.decode(QrPayloadCodec.encodeCertificate(sent, signer));

        assertThat(decoded.version()).isEqualTo(2);
        assertThat(decoded.content()).isEqualTo(sent);
    }

    @Test
    void stillReadsAFormatOneCertificateWithoutEvidence() throws Exception {
        CertificatePayload formatOne = new CertificatePayload(
                "T-20261123-0007",
                "SZX-0042",
                "3A281FDJH00C42",
                Optional.empty(),
                "Google Pixel 8",
                SanitizationCategory.PURGE,
                true,
                ISSUED,
                "ab".repeat(32));

        SignedPayload decoded = QrPayloadCodec.decode(QrPayloadCodec.encodeCertificate(formatOne, signer));

        assertThat(decoded.version()).isEqualTo(1);
        assertThat(((CertificatePayload) decoded.content()).evidence()).isEmpty();
    }

    @Test
    void refusesAnEvidenceLevelNoKioskWritesOrOneThatContradictsTheVerifiedFlag() {
        String payload = certificatePayload(certificate());
        int flags = 14;
        byte[] bytes = PayloadBytes.of(payload);

        assertThat(reasonOf(PayloadBytes.withByte(payload, flags, bytes[flags] & 0x8f | 0x70)))
                .as("evidence code 7")
                .isEqualTo(Reason.BAD_FIELD);
        assertThat(reasonOf(PayloadBytes.withByte(payload, flags, bytes[flags] & 0x8f)))
                .as("verified, evidence NONE")
                .isEqualTo(Reason.BAD_FIELD);
    }

    @Test
    void refusesAPayloadCutShortAnywhere() {
        String payload = certificatePayload(certificate());
        int length = PayloadBytes.of(payload).length;

        for (int drop = 1; drop < length; drop++) {
            assertThat(reasonOf(PayloadBytes.truncated(payload, drop)))
                    .as("dropping %d bytes", drop)
                    .isEqualTo(Reason.TRUNCATED);
        }
        for (int cut = 1; cut < payload.length() - QrPayloadCodec.PREFIX.length(); cut++) {
            assertThat(reasonOf(payload.substring(0, payload.length() - cut)))
                    .as("cutting %d characters", cut)
                    // A cut inside a Base45 group can leave one garbage byte in whatever field it lands in.
                    .isIn(Reason.TRUNCATED, Reason.BAD_FIELD, Reason.UNKNOWN_KIND);
        }
    }

    @Test
    void refusesBytesAfterTheSignature() {
        String payload = QrPayloadCodec.encodeVoucher(voucher(), signer);
        byte[] bytes = PayloadBytes.of(payload);

        MalformedPayloadException trailing = exceptionOf(PayloadBytes.text(Arrays.copyOf(bytes, bytes.length + 2)));

        assertThat(trailing.reason()).isEqualTo(Reason.TRAILING_BYTES);
        assertThat(trailing).hasMessageContaining("2 unexpected bytes");
    }

    @Test
    void refusesFieldValuesNoKioskWrites() throws Exception {
        String payload = certificatePayload(certificate());
        int flags = 14;
        byte[] bytes = PayloadBytes.of(payload);

        assertThat(reasonOf(PayloadBytes.withByte(payload, flags, bytes[flags] | 0x80)))
                .isEqualTo(Reason.BAD_FIELD);
        assertThat(reasonOf(PayloadBytes.withByte(payload, flags, bytes[flags] & ~0x03)))
                .isEqualTo(Reason.BAD_FIELD);
        assertThat(reasonOf(PayloadBytes.withByte(payload, 16, ' '))).isEqualTo(Reason.BAD_FIELD);

        String voucher = QrPayloadCodec.encodeVoucher(voucher(), signer);
        int currency = 10 + 16 + 1 + "T-20261123-0007".length() + 8;
        assertThat(reasonOf(PayloadBytes.withByte(voucher, currency, 'c'))).isEqualTo(Reason.BAD_FIELD);
    }

    @Test
    void refusesToSignACertificateTimeOutsideTheFormat() {
        ErasureCertificate certificate = certificate();
        CertificatePayload payload = CertificatePayload.of(certificate, CertificateText.canonical(certificate));
        CertificatePayload farFuture = new CertificatePayload(
                payload.tradeId(),
                payload.kioskId(),
                payload.serial(),
                payload.imei(),
                payload.device(),
                payload.category(),
                payload.verified(),
                Instant.parse("2107-01-01T00:00:00Z"),
                payload.certificateSha256());

        assertThatThrownBy(() -> QrPayloadCodec.encodeCertificate(farFuture, signer))
                .hasMessageContaining("outside the payload's range");
    }

    private static Reason reasonOf(String text) {
        return exceptionOf(text).reason();
    }

    private static MalformedPayloadException exceptionOf(String text) {
        MalformedPayloadException e =
                catchThrowableOfType(MalformedPayloadException.class, () -> QrPayloadCodec.decode(text));
        assertThat(e).as("decoding %s", text).isNotNull();
        return e;
    }
}

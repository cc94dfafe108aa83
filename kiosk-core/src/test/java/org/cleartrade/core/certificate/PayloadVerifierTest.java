package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    private final InMemorySigner signer = new InMemorySigner();
    private final CertificateIssuer issuer = new CertificateIssuer(signer);
    private final Voucher voucher = Voucher.issue(
            "T-20261123-0007", new Money(129_900, "CNY"), "SZX-0042", ISSUED, Duration.ofDays(30), new SecureRandom());

    private PayloadVerifier verifier(Instant now, Optional<RedeemedVoucherFile> redeemed) {
        return new PayloadVerifier(signer.trusted(), Clock.fixed(now, ZoneOffset.UTC), redeemed);
    }

    private PayloadVerifier verifier() {
        return verifier(NOW, Optional.empty());
    }

    @Test
    void acceptsACertificateSignedByATrustedKey() {
        IssuedCertificate issued = issuer.issue(certificate());

        Verification verification = verifier().verify(issued.qrPayload());

        assertThat(verification.verdict()).isEqualTo(Verdict.VALID);
        CertificatePayload payload =
                (CertificatePayload) verification.payload().orElseThrow().content();
        assertThat(PayloadVerifier.matchesCertificate(payload, issued.canonicalText()))
                .isTrue();
        assertThat(PayloadVerifier.matchesCertificate(
                        payload, issued.canonicalText().replace("Pixel", "Pixal")))
                .isFalse();
    }

    @Test
    void callsAnyChangedByteAfterTheHeaderTampered() {
        String payload = issuer.issue(certificate()).qrPayload();
        int length = PayloadBytes.of(payload).length;

        for (int index = 10; index < length; index++) {
            byte original = PayloadBytes.of(payload)[index];
            for (int flip : new int[] {0x01, 0x40}) {
                Verification verification = verifier().verify(PayloadBytes.withByte(payload, index, original ^ flip));
                assertThat(verification.verdict())
                        .as("byte %d flipped by %02x: %s", index, flip, verification.reason())
                        .isIn(Verdict.TAMPERED, Verdict.MALFORMED);
            }
        }
        // The serial's first character, changed to another printable one: only the signature can tell.
        int serial = 15 + 1 + "T-20261123-0007".length() + 1 + "SZX-0042".length() + 1;
        assertThat(verifier()
                        .verify(PayloadBytes.withByte(payload, serial, 'X'))
                        .verdict())
                .isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void callsAKeyIdItDoesNotTrustAnUnknownKey() {
        InMemorySigner stranger = new InMemorySigner();
        String payload = new CertificateIssuer(stranger).issue(certificate()).qrPayload();

        Verification verification = verifier().verify(payload);

        assertThat(verification.verdict()).isEqualTo(Verdict.UNKNOWN_KEY);
        assertThat(verification.reason()).contains(stranger.keyId()).contains(signer.keyId());
    }

    @Test
    void callsAForgeryUnderATrustedKeyIdTampered() {
        InMemorySigner forger = new InMemorySigner();
        byte[] bytes = PayloadBytes.of(issuer.issue(certificate()).qrPayload());
        byte[] signed = Arrays.copyOf(bytes, bytes.length - 64);

        Verification verification = verifier().verify(PayloadBytes.resigned(signed, forger));

        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void callsACutOrGarbledCodeMalformed() {
        String payload = issuer.issue(certificate()).qrPayload();

        assertThat(verifier().verify(payload.substring(0, 200)).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier().verify(PayloadBytes.truncated(payload, 10)).reason())
                .contains("[TRUNCATED]");
        assertThat(verifier().verify("CT:" + payload.substring(4)).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier().verify("hello").reason()).contains("[BAD_PREFIX]");
    }

    @Test
    void acceptsAVoucherUntilItExpires() {
        String payload = issuer.voucherPayload(voucher);

        assertThat(verifier(voucher.expiresAt().minusSeconds(1), Optional.empty())
                        .verify(payload)
                        .verdict())
                .isEqualTo(Verdict.VALID);
        Verification expired = verifier(voucher.expiresAt(), Optional.empty()).verify(payload);
        assertThat(expired.verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(expired.reason()).contains("2026-12-23T09:16:03Z");
    }

    @Test
    void acceptsAVoucherOnceAndCallsTheNextScanAReplay() throws Exception {
        String payload = issuer.voucherPayload(voucher);
        RedeemedVoucherFile redeemed = new RedeemedVoucherFile(dir.resolve("redeemed.txt"));

        Verification first = verifier(NOW, Optional.of(redeemed)).verify(payload);
        Verification second =
                verifier(NOW.plusSeconds(5), Optional.of(redeemed)).verify(payload);

        assertThat(first.verdict()).isEqualTo(Verdict.VALID);
        assertThat(second.verdict()).isEqualTo(Verdict.ALREADY_REDEEMED);
        assertThat(Files.readString(dir.resolve("redeemed.txt"))).isEqualTo(voucher.voucherId() + " " + NOW + "\n");
    }

    @Test
    void doesNotRedeemAnExpiredOrTamperedVoucher() throws Exception {
        String payload = issuer.voucherPayload(voucher);
        RedeemedVoucherFile redeemed = new RedeemedVoucherFile(dir.resolve("redeemed.txt"));

        verifier(voucher.expiresAt().plusSeconds(1), Optional.of(redeemed)).verify(payload);
        verifier(NOW, Optional.of(redeemed)).verify(PayloadBytes.withByte(payload, 40, 0x7f));

        assertThat(dir.resolve("redeemed.txt")).doesNotExist();
    }

    @Test
    void refusesARedeemedListWithALineThatIsNotAVoucherId() throws Exception {
        Files.writeString(dir.resolve("redeemed.txt"), "not-a-voucher\n");
        RedeemedVoucherFile redeemed = new RedeemedVoucherFile(dir.resolve("redeemed.txt"));

        assertThatThrownBy(() -> verifier(NOW, Optional.of(redeemed)).verify(issuer.voucherPayload(voucher)))
                .hasMessageContaining("line 1 of the redeemed list");
    }

    @Test
    void verifiesCertificatesSignedBeforeAKeyRotation() {
        FileKioskKeyStore store = FileKioskKeyStore.open(dir, new SecureRandom());
        String before = new CertificateIssuer(store).issue(certificate()).qrPayload();
        store.rotate();
        String after = new CertificateIssuer(store).issue(certificate()).qrPayload();
        PayloadVerifier fleet = new PayloadVerifier(
                new TrustedKeys(store.publicKeys()), Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty());
        PayloadVerifier currentKeyOnly = new PayloadVerifier(
                new TrustedKeys(Map.of(store.keyId(), store.publicKey())),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.empty());

        assertThat(fleet.verify(before).verdict()).isEqualTo(Verdict.VALID);
        assertThat(fleet.verify(after).verdict()).isEqualTo(Verdict.VALID);
        assertThat(currentKeyOnly.verify(before).verdict()).isEqualTo(Verdict.UNKNOWN_KEY);
    }
}

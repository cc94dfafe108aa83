package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationLinkTest {

    private static final VerificationLink LINK = VerificationLink.to("https://fleet.example.com/c");
    private final InMemorySigner signer = new InMemorySigner();
    private final CertificateIssuer issuer = new CertificateIssuer(signer);

    @Test
    void theCodeGoesInTheFragmentWithItsSpacesAndPercentSignsEscaped() {
        assertThat(LINK.qrText("CT:A B%C")).isEqualTo("https://fleet.example.com/c#CT:A%20B%25C");
    }

    @Test
    void aScannedLinkGivesBackTheExactPayloadAndABarePayloadStaysAsItIs() {
        String payload = issuer.issue(certificate()).qrPayload();

        assertThat(VerificationLink.payloadOf(LINK.qrText(payload))).isEqualTo(payload);
        assertThat(VerificationLink.payloadOf(payload)).isEqualTo(payload);
        assertThat(VerificationLink.payloadOf("  " + LINK.qrText(payload) + "\n"))
                .isEqualTo(payload);
    }

    @Test
    void aLinkWithABrokenEscapeOrNoFragmentIsLeftForTheDecoderToRefuse() {
        assertThat(VerificationLink.payloadOf("https://fleet.example.com/c#CT:AB%2"))
                .isEqualTo("CT:AB%2");
        assertThat(VerificationLink.payloadOf("https://fleet.example.com/c")).isEqualTo("https://fleet.example.com/c");
        assertThat(VerificationLink.payloadOf("https://x/c#CT:%C3%A9")).isEqualTo("CT:%C3%A9");
    }

    @Test
    void theSignatureChecksTheSameThroughTheLinkAsBare() {
        String payload = issuer.issue(certificate()).qrPayload();
        PayloadVerifier verifier = new PayloadVerifier(
                signer.trusted(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), Optional.empty());

        assertThat(verifier.verify(LINK.qrText(payload)).verdict()).isEqualTo(Verdict.VALID);
        String tampered = PayloadBytes.withByte(payload, 20, 'Z');
        assertThat(verifier.verify(LINK.qrText(tampered)).verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void aUsualCertificateAndVoucherLinkFitVersion13AndAnyLinkFitsTheLimit() {
        String certificate = LINK.qrText(issuer.issue(certificate()).qrPayload());
        Voucher voucher = Voucher.issue(
                "T-20261123-0007",
                new Money(129_900, "CNY"),
                "SZX-0042",
                Instant.parse("2026-11-23T09:17:38Z"),
                Duration.ofDays(30),
                new FixedSeedRandom(7));
        String voucherLink = LINK.qrText(issuer.voucherPayload(voucher));

        assertThat(certificate).startsWith("https://fleet.example.com/c#CT:");
        assertThat(QrVersion.of(certificate)).isLessThanOrEqualTo(13);
        assertThat(QrVersion.of(voucherLink)).isLessThanOrEqualTo(12);
    }

    @Test
    void aLinkThatWouldNotFitTheLimitFallsBackToTheBarePayload() {
        VerificationLink longest = VerificationLink.to("https://" + "f".repeat(50) + ".com/c");
        String huge = "CT:" + " ".repeat(150);

        assertThat(longest.qrText(huge)).isEqualTo(huge);
        assertThat(QrVersion.of(longest.page().orElseThrow() + "#" + VerificationLink.escape(huge)))
                .isGreaterThan(VerificationLink.MAX_VERSION);
    }

    @Test
    void withoutAPageTheCodeIsTheBarePayload() {
        assertThat(VerificationLink.none().qrText("CT:ABC")).isEqualTo("CT:ABC");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://fleet.example.com/c",
                "https://fleet.example.com/c?lang=en",
                "https://fleet.example.com/c#x",
                "https://user@fleet.example.com/c",
                "/c",
                "https://fleet.example.com/c with space",
                "ftp://fleet.example.com/c"
            })
    void refusesAPageThatIsNotAPlainHttpsUrl(String url) {
        assertThatThrownBy(() -> VerificationLink.to(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsPlainHttpOnlyOnALoopbackHost() {
        assertThat(VerificationLink.to("http://127.0.0.1:8080/c").page()).contains("http://127.0.0.1:8080/c");
        assertThat(VerificationLink.to("http://localhost:8080/c").page()).isPresent();
    }
}

package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.util.HexFormat;
import java.util.Optional;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.junit.jupiter.api.Test;

class CertificateTextTest {

    @Test
    void writesEveryFieldInTheFixedOrder() {
        String text = CertificateText.canonical(certificate());

        assertThat(text.lines().map(line -> line.split(":", 2)[0]))
                .containsExactly(
                        CertificateText.HEADER,
                        "format",
                        "certificate.id",
                        "certificate.issued_at",
                        "media.manufacturer",
                        "media.model",
                        "media.market_name",
                        "media.serial",
                        "media.imei",
                        "media.property_number",
                        "media.type",
                        "media.source",
                        "media.os",
                        "media.security_patch",
                        "check.ACCOUNTS_SIGNED_OUT",
                        "check.FACTORY_RESET_PROTECTION_OFF",
                        "check.SIM_REMOVED",
                        "check.STORAGE_ENCRYPTED",
                        "check.NO_DEVICE_OWNER",
                        "consent.text_version",
                        "consent.text_sha256",
                        "consent.language",
                        "consent.at",
                        "sanitization.category",
                        "sanitization.method",
                        "sanitization.tool",
                        "sanitization.tool_version",
                        "sanitization.started_at",
                        "sanitization.acknowledgement",
                        "verification.method",
                        "verification.result",
                        "verification.detail",
                        "verification.at",
                        "destination",
                        "performed_by",
                        "location",
                        "validation");
        assertThat(text).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void isTheSameTextForTheSameCertificate() {
        assertThat(CertificateText.canonical(certificate())).isEqualTo(CertificateText.canonical(certificate()));
        assertThat(CertificateText.sha256(CertificateText.canonical(certificate())))
                .isEqualTo(CertificateText.sha256(CertificateText.canonical(certificate())));
    }

    @Test
    void keepsAHostileValueOnItsOwnLine() {
        PhoneIdentity phone = new PhoneIdentity(
                "Google\nverification.result: VERIFIED",
                "Pixel\\8",
                "Pixel 8\t",
                128,
                "S1",
                Optional.empty(),
                "Android",
                "14",
                "2026-10-05");
        String text = CertificateText.canonical(
                ErasureCertificate.fromDock("T-1", SITE, evidence(phone, Verdict.PASS, false), consent(), ISSUED));

        assertThat(text)
                .contains("\nmedia.manufacturer: Google\\nverification.result: VERIFIED\n")
                .contains("\nmedia.model: Pixel\\\\8\n")
                .contains("\nmedia.market_name: Pixel 8\\t\n")
                .contains("\nmedia.imei:\n")
                .contains("\nverification.result: NOT VERIFIED\n");
        assertThat(text.lines().filter(line -> line.startsWith("verification.result")))
                .hasSize(1);
    }

    @Test
    void changesItsHashWhenAnyFieldChanges() {
        String original = CertificateText.canonical(certificate());
        String edited = original.replace("media.serial: 38011FDJH00A1B", "media.serial: 38011FDJH00A1C");

        assertThat(edited).isNotEqualTo(original);
        assertThat(HexFormat.of().formatHex(CertificateText.sha256(edited)))
                .isNotEqualTo(HexFormat.of().formatHex(CertificateText.sha256(original)));
    }
}

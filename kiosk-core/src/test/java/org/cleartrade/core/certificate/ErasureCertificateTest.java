package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.time.Instant;
import java.util.Optional;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.junit.jupiter.api.Test;

class ErasureCertificateTest {

    @Test
    void buildsAPurgeCertificateWhenInspectionProvedTheStorageEncrypted() {
        ErasureCertificate certificate = certificate();

        assertThat(certificate.certificateId()).isEqualTo("EC-T-20261123-0007");
        assertThat(certificate.category()).isEqualTo(SanitizationCategory.PURGE);
        assertThat(certificate.verification().verified()).isTrue();
        assertThat(certificate.mediaType()).isEqualTo("Flash memory (phone internal storage, 128 GB)");
        assertThat(certificate.preEraseChecks())
                .extracting(Check::kind)
                .containsExactly(
                        Check.Kind.ACCOUNTS_SIGNED_OUT,
                        Check.Kind.FACTORY_RESET_PROTECTION_OFF,
                        Check.Kind.SIM_REMOVED,
                        Check.Kind.STORAGE_ENCRYPTED,
                        Check.Kind.NO_DEVICE_OWNER);
    }

    @Test
    void countsTheResetAsClearWhenEncryptionCouldNotBeVerified() {
        ErasureCertificate certificate = ErasureCertificate.fromDock(
                "T-1", SITE, evidence(pixel(), Verdict.UNVERIFIED, true), consent(), ISSUED);

        assertThat(certificate.category()).isEqualTo(SanitizationCategory.CLEAR);
    }

    @Test
    void recordsAnUnverifiedEraseAsNotVerified() {
        ErasureCertificate certificate =
                ErasureCertificate.fromDock("T-1", SITE, evidence(pixel(), Verdict.PASS, false), consent(), ISSUED);

        assertThat(CertificateText.canonical(certificate)).contains("\nverification.result: NOT VERIFIED\n");
    }

    @Test
    void refusesConsentRecordedAfterTheEraseStarted() {
        ConsentRecord late =
                ConsentRecord.of("erase-consent/2026-11", CONSENT_TEXT, "en", ERASE_STARTED.plusSeconds(1));

        assertThatThrownBy(() ->
                        ErasureCertificate.fromDock("T-1", SITE, evidence(pixel(), Verdict.PASS, true), late, ISSUED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the erase started");
    }

    @Test
    void refusesVerificationBeforeTheEraseWasAcknowledged() {
        EraseEvidence good = evidence(pixel(), Verdict.PASS, true);
        var early = EraseVerification.proven(
                ERASE_STARTED.minusSeconds(1), "m", "d", VerificationEvidence.USB_REENUMERATED_SAME_SERIAL);

        assertThatThrownBy(() -> new EraseEvidence(good.inspection(), good.acknowledgement(), early))
                .hasMessageContaining("precedes the erase acknowledgement");
    }

    @Test
    void refusesTradeIdsTheQrCannotCarry() {
        assertThatThrownBy(() -> ErasureCertificate.fromDock(
                        "T".repeat(37), SITE, evidence(pixel(), Verdict.PASS, true), consent(), ISSUED))
                .hasMessageContaining("trade id must be 1 to 36");
        assertThatThrownBy(() -> ErasureCertificate.fromDock(
                        "T 1", SITE, evidence(pixel(), Verdict.PASS, true), consent(), ISSUED))
                .hasMessageContaining("trade id");
    }

    @Test
    void keepsAnIdentifierThatIsNotAnImeiInTheFullTextOnly() throws Exception {
        PhoneIdentity phone =
                new PhoneIdentity("Moto", "XT1", "XT1", 64, "S1", Optional.of("A0000012345678"), "Android", "10", "x");
        ErasureCertificate certificate =
                ErasureCertificate.fromDock("T-1", SITE, evidence(phone, Verdict.PASS, true), consent(), ISSUED);
        String text = CertificateText.canonical(certificate);

        assertThat(text).contains("\nmedia.imei: A0000012345678\n");
        assertThat(CertificatePayload.of(certificate, text).imei()).isEmpty();
    }

    @Test
    void tellsTheSessionWhichSerialsItCanCertifyBeforeTheErase() {
        assertThat(ErasureCertificate.isCertifiableSerial("38011FDJH00A1B")).isTrue();
        assertThat(ErasureCertificate.isCertifiableSerial("S".repeat(31))).isFalse();
        assertThat(ErasureCertificate.isCertifiableSerial("")).isFalse();
        assertThat(ErasureCertificate.isCertifiableSerial("with space")).isFalse();
    }

    @Test
    void truncatesTheIssueTimeToWholeSeconds() {
        ErasureCertificate certificate = ErasureCertificate.fromDock(
                "T-1", SITE, evidence(pixel(), Verdict.PASS, true), consent(), ISSUED.plusMillis(750));

        assertThat(certificate.issuedAt()).isEqualTo(ISSUED);
    }

    @Test
    void hashesTheConsentTextExactlyAsShown() {
        assertThat(consent().textSha256())
                .isEqualTo(ConsentRecord.sha256Hex(CONSENT_TEXT))
                .isNotEqualTo(ConsentRecord.sha256Hex(CONSENT_TEXT + " "));
        assertThatThrownBy(() -> ConsentRecord.of("v1", "text", "", Instant.EPOCH))
                .hasMessageContaining("BCP 47");
    }
}

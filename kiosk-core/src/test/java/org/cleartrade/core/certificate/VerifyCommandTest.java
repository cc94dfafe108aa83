package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cleartrade.ports.dock.Check;
import org.junit.jupiter.api.Test;

class VerifyCommandTest extends VerifyFromImagesContract {

    private final ScannedPhotos photos = new ScannedPhotos();

    @Override
    protected QrPhotoReader reader() {
        return photos;
    }

    @Override
    protected Path photoOf(String text, Path file) {
        return photos.photoOf(text, file);
    }

    @Test
    void warnsWhenTheCertificateRecordsAnUnverifiedErase() {
        ErasureCertificate unverified = ErasureCertificate.fromDock(
                "T-1", SITE, evidence(pixel(), Check.Verdict.PASS, false), consent(), ISSUED);

        int exit = run.verify(
                "--key", publicKeys.toString(), issuer.issue(unverified).qrPayload());

        assertThat(exit).isZero();
        assertThat(run.output())
                .startsWith("VALID: signed by kiosk key " + kiosk.keyId()
                        + "; the certificate itself records that the erase was NOT verified")
                .contains("NOT verified: the kiosk could not prove the erase finished");
    }

    @Test
    void readsAVoucherFromAPhoto() {
        Path jpeg = photos.photoOf(issuer.voucherPayload(voucher), dir.resolve("voucher.jpg"));

        int exit = run.verify("--key", publicKeys.toString(), "--image", jpeg.toString());

        assertThat(exit).isZero();
        assertThat(run.output())
                .contains("Payout voucher (single use)")
                .contains("1299.00 CNY")
                .contains("Expires:")
                .contains("2026-12-23 09:16:03 UTC")
                .contains("no redeemed list was given");
    }

    @Test
    void checksTheFullCertificateTextAgainstTheCode() throws Exception {
        IssuedCertificate issued = issuer.issue(certificate());
        Path text = Files.writeString(dir.resolve("certificate.txt"), issued.canonicalText());
        Path edited = Files.writeString(
                dir.resolve("edited.txt"),
                issued.canonicalText().replace("NOT VERIFIED", "VERIFIED").replace("Purge", "Destroy"));

        assertThat(run.verify("--key", publicKeys.toString(), "--certificate", text.toString(), issued.qrPayload()))
                .isZero();
        assertThat(run.output()).contains("the given text matches this code");
        assertThat(run.verify("--key", publicKeys.toString(), "--certificate", edited.toString(), issued.qrPayload()))
                .isEqualTo(Verdict.TAMPERED.exitCode());
        assertThat(run.output()).startsWith("TAMPERED: the full certificate text does not match");
    }

    @Test
    void givesEachVerdictItsOwnWordsAndExitCode() throws Exception {
        String certificate = issuer.issue(certificate()).qrPayload();
        String voucherPayload = issuer.voucherPayload(voucher);
        String keys = publicKeys.toString();
        Path redeemed = dir.resolve("redeemed.txt");

        assertThat(run.verify("--key", keys, PayloadBytes.withByte(certificate, 20, 'Z')))
                .isEqualTo(3);
        assertThat(run.output()).startsWith("TAMPERED:").contains("do NOT rely on it");

        assertThat(run.verify("--key", keys, PayloadBytes.truncated(certificate, 30)))
                .isEqualTo(2);
        assertThat(run.output()).startsWith("NOT READABLE:").contains("[TRUNCATED]");

        assertThat(run.verify(voucher.expiresAt().plusSeconds(1), "--key", keys, voucherPayload))
                .isEqualTo(4);
        assertThat(run.output()).startsWith("EXPIRED: the voucher expired at 2026-12-23T09:16:03Z");

        String stranger =
                new CertificateIssuer(new InMemorySigner()).issue(certificate()).qrPayload();
        assertThat(run.verify("--key", keys, stranger)).isEqualTo(5);
        assertThat(run.output()).startsWith("UNKNOWN KEY:");

        assertThat(run.verify("--key", keys, "--redeemed", redeemed.toString(), voucherPayload))
                .isZero();
        assertThat(run.output()).contains("now recorded as redeemed");
        assertThat(run.verify("--key", keys, "--redeemed", redeemed.toString(), voucherPayload))
                .isEqualTo(6);
        assertThat(run.output()).startsWith("ALREADY REDEEMED:").contains(voucher.voucherId());
    }

    @Test
    void explainsBadArgumentsAndUnreadableInputs() throws Exception {
        assertThat(run.verify("CT:ABC")).isEqualTo(VerifyCommand.USAGE);
        assertThat(run.output()).contains("--key is required").contains("usage: verify");
        assertThat(run.verify("--key", publicKeys.toString())).isEqualTo(VerifyCommand.USAGE);
        assertThat(run.verify("--key", publicKeys.toString(), "--frobnicate", "x"))
                .isEqualTo(VerifyCommand.USAGE);
        assertThat(run.verify("--key")).isEqualTo(VerifyCommand.USAGE);

        Path blank = photos.unreadable(dir.resolve("blank.png"), "no QR code found in blank.png");
        assertThat(run.verify("--key", publicKeys.toString(), "--image", blank.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).startsWith("CANNOT CHECK: no QR code found in blank.png");
        assertThat(run.verify(
                        "--key",
                        publicKeys.toString(),
                        "--image",
                        dir.resolve("missing.png").toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).startsWith("CANNOT CHECK: no image file at");

        assertThat(run.verify("--key", dir.resolve("missing.pem").toString(), "CT:ABC"))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).startsWith("CANNOT CHECK:");
    }

    @Test
    void aRedeemedListWithABadLineIsAnInputErrorNotACrash() throws Exception {
        Path redeemed = Files.writeString(
                dir.resolve("redeemed.txt"), "0123456789abcdef0123456789abcdef 2026-11-01T00:00:00Z\nnot a voucher\n");

        int exit = run.verify(
                "--key", publicKeys.toString(), "--redeemed", redeemed.toString(), issuer.voucherPayload(voucher));

        assertThat(exit).isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output())
                .startsWith("CANNOT CHECK: line 2 of the redeemed list " + redeemed + " is not a voucher id");
    }
}

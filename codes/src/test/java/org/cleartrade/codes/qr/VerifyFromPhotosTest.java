package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;
import static org.cleartrade.core.certificate.CertificateFixtures.voucher;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import javax.imageio.ImageIO;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.VerifyCommand;
import org.cleartrade.core.certificate.VerifyRun;
import org.cleartrade.core.certificate.Voucher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify command with ZXing reading real pictures: PNG scans and JPEG photos of the codes a
 * kiosk prints, and the pictures it must refuse (no image, no code, too many pixels).
 */
class VerifyFromPhotosTest {

    @TempDir
    Path dir;

    private FileKioskKeyStore kiosk;
    private CertificateIssuer issuer;
    private Path publicKeys;
    private final Voucher voucher = voucher();
    private final VerifyRun run = new VerifyRun(new ZxingQrReader());

    @BeforeEach
    void kioskWithPublishedKeys() {
        kiosk = FileKioskKeyStore.open(dir.resolve("kiosk-data"), new SecureRandom());
        issuer = new CertificateIssuer(kiosk);
        publicKeys = dir.resolve("fleet-keys");
        kiosk.exportPublicKeys(publicKeys);
    }

    @Test
    void readsACertificateFromAQrImageAndSaysWhatItIs() {
        Path png = QrPng.write(issuer.issue(certificate()).qrPayload(), dir.resolve("certificate.png"));

        int exit =
                run.verify("--key", publicKeys.resolve(kiosk.keyId() + ".pem").toString(), "--image", png.toString());

        assertThat(exit).isZero();
        assertThat(run.output())
                .startsWith("VALID: signed by kiosk key " + kiosk.keyId())
                .contains("Erasure certificate")
                .contains("Google Pixel 8")
                .contains("38011FDJH00A1B")
                .contains("356938035643809")
                .contains("Purge (NIST SP 800-88 Rev.1 sanitization category)")
                .contains("verified by the kiosk at 2026-11-23 09:16:02 UTC")
                .doesNotContain("do NOT rely");
    }

    @Test
    void readsThePrintedLinkToTheVerificationPageFromAnImageAndAsText() {
        String link = VerificationLink.to("https://fleet.example.com/c")
                .qrText(issuer.issue(certificate()).qrPayload());
        Path png = QrPng.write(link, dir.resolve("link.png"));
        String key = publicKeys.resolve(kiosk.keyId() + ".pem").toString();

        assertThat(run.verify("--key", key, "--image", png.toString())).isZero();
        assertThat(run.output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
        assertThat(run.verify("--key", key, link)).isZero();
        assertThat(run.output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
    }

    @Test
    void readsAVoucherFromAJpegPhoto() throws Exception {
        Path png = QrPng.write(issuer.voucherPayload(voucher), dir.resolve("voucher.png"));
        Path jpeg = dir.resolve("voucher.jpg");
        ImageIO.write(toRgb(ImageIO.read(png.toFile())), "jpg", jpeg.toFile());

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
    void explainsPicturesItCannotRead() throws Exception {
        Path noise = Files.write(dir.resolve("noise.png"), new byte[] {1, 2, 3});
        assertThat(run.verify("--key", publicKeys.toString(), "--image", noise.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).contains("is not a PNG, JPEG");

        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        assertThat(run.verify("--key", publicKeys.toString(), "--image", blank.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).contains("no QR code found");

        assertThat(run.verify(
                        "--key",
                        publicKeys.toString(),
                        "--image",
                        dir.resolve("missing.png").toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).startsWith("CANNOT CHECK: no image file at");
    }

    @Test
    @Timeout(20)
    void anImageDeclaringHugeDimensionsIsRefusedBeforeItIsDecoded() throws Exception {
        Path huge = QrPng.declaringSize(dir.resolve("huge.png"), 30_000, 30_000);

        assertThat(run.verify("--key", publicKeys.toString(), "--image", huge.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(run.output()).contains("30000x30000 pixels").contains("at most");
    }

    private static BufferedImage toRgb(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}

package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.ISSUED;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.VerifyCommand;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify command with ZXing reading real pictures: PNG scans and JPEG photos of the codes a
 * kiosk prints, and the pictures it must refuse (no image, no code, too many pixels).
 */
class VerifyFromPhotosTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    private FileKioskKeyStore kiosk;
    private CertificateIssuer issuer;
    private Path publicKeys;
    private Voucher voucher;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void kioskWithPublishedKeys() {
        kiosk = FileKioskKeyStore.open(dir.resolve("kiosk-data"), new SecureRandom());
        issuer = new CertificateIssuer(kiosk);
        publicKeys = dir.resolve("fleet-keys");
        kiosk.exportPublicKeys(publicKeys);
        voucher = Voucher.issue(
                "T-20261123-0007",
                new Money(129_900, "CNY"),
                "SZX-0042",
                ISSUED,
                Duration.ofDays(30),
                new SecureRandom());
    }

    private int verify(Instant now, String... args) {
        printed.reset();
        return new VerifyCommand(Clock.fixed(now, ZoneOffset.UTC), new ZxingQrReader())
                .run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private int verify(String... args) {
        return verify(NOW, args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsACertificateFromAQrImageAndSaysWhatItIs() {
        Path png = QrPng.write(issuer.issue(certificate()).qrPayload(), dir.resolve("certificate.png"));

        int exit = verify("--key", publicKeys.resolve(kiosk.keyId() + ".pem").toString(), "--image", png.toString());

        assertThat(exit).isZero();
        assertThat(output())
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

        assertThat(verify("--key", key, "--image", png.toString())).isZero();
        assertThat(output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
        printed.reset();
        assertThat(verify("--key", key, link)).isZero();
        assertThat(output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
    }

    @Test
    void readsAVoucherFromAJpegPhoto() throws Exception {
        Path png = QrPng.write(issuer.voucherPayload(voucher), dir.resolve("voucher.png"));
        Path jpeg = dir.resolve("voucher.jpg");
        ImageIO.write(toRgb(ImageIO.read(png.toFile())), "jpg", jpeg.toFile());

        int exit = verify("--key", publicKeys.toString(), "--image", jpeg.toString());

        assertThat(exit).isZero();
        assertThat(output())
                .contains("Payout voucher (single use)")
                .contains("1299.00 CNY")
                .contains("Expires:")
                .contains("2026-12-23 09:16:03 UTC")
                .contains("no redeemed list was given");
    }

    @Test
    void explainsPicturesItCannotRead() throws Exception {
        Path noise = Files.write(dir.resolve("noise.png"), new byte[] {1, 2, 3});
        assertThat(verify("--key", publicKeys.toString(), "--image", noise.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(output()).contains("is not a PNG, JPEG");

        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        assertThat(verify("--key", publicKeys.toString(), "--image", blank.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(output()).contains("no QR code found");

        assertThat(verify(
                        "--key",
                        publicKeys.toString(),
                        "--image",
                        dir.resolve("missing.png").toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(output()).startsWith("CANNOT CHECK: no image file at");
    }

    @Test
    @Timeout(20)
    void anImageDeclaringHugeDimensionsIsRefusedBeforeItIsDecoded() throws Exception {
        Path huge = QrPng.declaringSize(dir.resolve("huge.png"), 30_000, 30_000);

        assertThat(verify("--key", publicKeys.toString(), "--image", huge.toString()))
                .isEqualTo(VerifyCommand.INPUT_ERROR);
        assertThat(output()).contains("30000x30000 pixels").contains("at most");
    }

    private static BufferedImage toRgb(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}

package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cleartrade.core.certificate.QrPhotoReader;
import org.cleartrade.core.certificate.VerifyCommand;
import org.cleartrade.core.certificate.VerifyFromImagesContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The verify command with ZXing reading real pictures: PNG scans and JPEG photos of the codes a
 * kiosk prints, and the pictures it must refuse (no image, no code, too many pixels).
 */
class VerifyFromPhotosTest extends VerifyFromImagesContract {

    @Override
    protected QrPhotoReader reader() {
        return new ZxingQrReader();
    }

    @Override
    protected Path photoOf(String text, Path file) {
        return QrPng.write(text, file);
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

package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZxingQrReaderTest {

    private final ZxingQrReader reader = new ZxingQrReader();

    @TempDir
    Path dir;

    /**
     * ZXing's finder alone misses a few percent of clean codes; over 200 random payloads the
     * reader must miss none, from a PNG or from a JPEG of it.
     */
    @Test
    void readsEveryOneOfManyRandomVoucherCodes() throws IOException {
        CertificateIssuer issuer =
                new CertificateIssuer(FileKioskKeyStore.open(dir.resolve("keys"), new SecureRandom()));
        for (int i = 0; i < 200; i++) {
            Voucher voucher = Voucher.issue(
                    "T-" + i,
                    new Money(129_900, "CNY"),
                    "SZ-MALL-07",
                    Instant.parse("2026-11-23T09:16:03Z"),
                    Duration.ofDays(30),
                    new SecureRandom());
            String payload = issuer.voucherPayload(voucher);
            Path png = QrPng.write(payload, dir.resolve("v.png"));

            assertThat(reader.read(png)).isEqualTo(payload);
            assertThat(reader.read(jpeg(png))).isEqualTo(payload);
        }
    }

    @Test
    void aPictureWithoutACodeSaysSo() throws IOException {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve("blank.png");
        ImageIO.write(blank, "png", file.toFile());

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage("no QR code found in " + file);
    }

    @Test
    void aFileThatIsNoImageSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.png"), "not an image");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("is not a PNG, JPEG, GIF or BMP image");
    }

    private Path jpeg(Path png) throws IOException {
        BufferedImage source = ImageIO.read(png.toFile());
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(source, 0, 0, null);
        Path jpeg = dir.resolve("v.jpg");
        ImageIO.write(rgb, "jpg", jpeg.toFile());
        return jpeg;
    }
}

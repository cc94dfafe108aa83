package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.QrVersion;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kiosk-core's QR version table ({@link QrVersion}) gives ZXing's encoder's answer: at the last
 * length each version holds and the first length it does not, in every mode, at every version,
 * and for the payloads and links a kiosk prints.
 */
class QrVersionAgreesWithZxingTest {

    @TempDir
    java.nio.file.Path dir;

    private static int zxing(String text) throws WriterException {
        return Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getVersionNumber();
    }

    @ParameterizedTest(name = "{0} mode, made of \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {"numeric|0123456789", "alphanumeric|CT:9L8B $%*+-./", "byte|https://fleet.example.com/c#"})
    void agreesAtEveryVersionsLastAndFirstTooLongLength(String mode, String alphabet) throws WriterException {
        int length = 0;
        for (int version = 1; version <= QrVersion.MAX; version++) {
            while (fits(text(alphabet, length + 1), version)) {
                length++;
            }
            String fits = text(alphabet, length);
            assertThat(zxing(fits)).as("%s characters in %s mode", length, mode).isEqualTo(version);
            String tooLong = text(alphabet, length + 1);
            if (version < QrVersion.MAX) {
                assertThat(zxing(tooLong))
                        .as("%s characters in %s mode", length + 1, mode)
                        .isEqualTo(version + 1);
            } else {
                assertThatThrownBy(() -> zxing(tooLong)).isInstanceOf(WriterException.class);
                assertThatThrownBy(() -> QrVersion.of(tooLong)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void agreesOnTextOutsideIsoLatin1AndOnTheEmptyText() throws WriterException {
        for (String text : new String[] {"", "数据擦除证书", "café €5", "😀 x".repeat(40), "ABC" + "\u00e9".repeat(90)}) {
            assertThat(QrVersion.of(text)).as(text).isEqualTo(zxing(text));
        }
    }

    @Test
    void agreesOnTheVoucherPayloadsAndLinksAKioskPrints() throws WriterException {
        CertificateIssuer issuer =
                new CertificateIssuer(FileKioskKeyStore.open(dir.resolve("keys"), new SecureRandom()));
        VerificationLink link = VerificationLink.to("https://fleet.example.com/c");
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Voucher voucher = Voucher.issue(
                    "T-" + "7".repeat(1 + random.nextInt(30)),
                    new Money(random.nextInt(10_000_000), "CNY"),
                    "SZ-MALL-" + random.nextInt(1000),
                    Instant.parse("2026-11-23T09:16:03Z"),
                    Duration.ofDays(30),
                    new SecureRandom());
            String payload = issuer.voucherPayload(voucher);

            assertThat(QrVersion.of(payload)).isEqualTo(zxing(payload));
            assertThat(QrVersion.of(link.qrText(payload))).isEqualTo(zxing(link.qrText(payload)));
        }
    }

    /** Whether the table puts {@code text} in {@code version} or a smaller one; beyond version 40 it does not. */
    private static boolean fits(String text, int version) {
        try {
            return QrVersion.of(text) <= version;
        } catch (IllegalArgumentException beyondTheLargestVersion) {
            return false;
        }
    }

    private static String text(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(i % alphabet.length()));
        }
        return text.toString();
    }
}

package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.receipt.CertificateReceipt;
import org.cleartrade.core.receipt.CertificateSlip;
import org.cleartrade.core.receipt.CustodyManifestReceipt;
import org.cleartrade.core.receipt.ReceiptCopy;
import org.cleartrade.core.receipt.ReceiptSamples;
import org.cleartrade.core.receipt.ReturnReceipt;
import org.cleartrade.core.receipt.ReturnSlip;
import org.cleartrade.core.receipt.VoucherReceipt;
import org.cleartrade.core.receipt.VoucherSlip;
import org.cleartrade.deviceio.printer.EscPosOptions;
import org.cleartrade.deviceio.printer.PaperWidth;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.printer.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every receipt, in every language, printed through the virtual printer: the bytes are accepted,
 * and the QR on the paper decodes to exactly the payload that was signed. The pictures are kept
 * under {@code target/receipt-screens}, and copied to {@code -Dreceipts.screens=<folder>} when set.
 */
class ReceiptsOnPaperTest {
    private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");
    private static final ReceiptSamples SAMPLES = new ReceiptSamples();

    static Stream<Arguments> receipts() {
        return Stream.of("en", "zh-Hans", "es").flatMap(language -> {
            ReceiptCopy copy = ReceiptCopy.forLanguage(language, SHENZHEN);
            // A Shenzhen kiosk quotes in yuan whatever language the seller reads.
            String currency = "CNY";
            CertificateSlip certificate = SAMPLES.certificateSlip(currency, true);
            VoucherSlip voucher = SAMPLES.voucherSlip(currency);
            String manifestQr =
                    CustodyManifestReceipt.qrPayload(ReceiptSamples.manifest(), ReceiptSamples.manifestSignature());
            return Stream.of(
                    Arguments.of(
                            "certificate-" + language,
                            new CertificateReceipt(copy).compose(certificate),
                            certificate.qrPayload()),
                    Arguments.of("voucher-" + language, new VoucherReceipt(copy).compose(voucher), voucher.qrPayload()),
                    Arguments.of(
                            "returned-" + language,
                            new ReturnReceipt(copy)
                                    .compose(ReceiptSamples.returnSlip(ReturnSlip.Reason.ACCOUNT_LOCKED)),
                            null),
                    Arguments.of(
                            "custody-manifest-" + language,
                            new CustodyManifestReceipt(copy)
                                    .compose(ReceiptSamples.manifest(), ReceiptSamples.manifestSignature()),
                            manifestQr));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void printsOn58MillimetrePaperWithAQrThatDecodesToThePayload(String name, Receipt receipt, String payload)
            throws IOException {
        assertPrints(name, receipt, payload, new EscPosOptions(PaperWidth.MM58, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void printsOn80MillimetrePaperWithoutPrinterFontsOrQrFirmware(String name, Receipt receipt, String payload)
            throws IOException {
        assertPrints(name + "-80mm-raster", receipt, payload, new EscPosOptions(PaperWidth.MM80, false, false));
    }

    /**
     * Each kiosk signs with its own key, so every printed code differs; ZXing's usual finder misses
     * about one in eighty of them on a clean receipt. The seeded keys make the run repeatable, and
     * among these 200 are codes the usual finder misses.
     */
    @Test
    void theCodeOnEveryOneOfManyPrintedCertificatesReadsBack(@TempDir Path keys) throws Exception {
        ReceiptCopy copy = ReceiptCopy.forLanguage("en", ZoneId.of("UTC"));
        VerificationLink link = VerificationLink.to("http://127.0.0.1:8080/c");
        SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
        seeded.setSeed(20261206L);
        for (int i = 0; i < 200; i++) {
            CertificateIssuer issuer =
                    new CertificateIssuer(FileKioskKeyStore.open(keys.resolve("kiosk-" + i), seeded));
            ErasureCertificate certificate = ReceiptSamples.certificate(true);
            String payload = link.qrText(issuer.issue(certificate).qrPayload());
            VirtualPrinter printer = new VirtualPrinter();

            printer.print(new CertificateReceipt(copy)
                    .compose(CertificateSlip.of(certificate, ReceiptSamples.quote("EUR"), payload)));

            assertThat(QrDecoding.decode(printer.latestReceipt().orElseThrow()))
                    .as("kiosk %d", i)
                    .isEqualTo(payload);
        }
    }

    private static void assertPrints(String name, Receipt receipt, String payload, EscPosOptions options)
            throws IOException {
        VirtualPrinter printer = new VirtualPrinter(options);

        printer.print(receipt);

        assertThat(printer.emulator().refusals()).isEmpty();
        var paper = printer.latestReceipt().orElseThrow();
        if (payload != null) {
            assertThat(QrDecoding.decode(paper)).isEqualTo(payload);
        }
        byte[] png = printer.latestReceiptPng().orElseThrow();
        write(Path.of("target", "receipt-screens"), name, png);
        String screens = System.getProperty("receipts.screens");
        if (screens != null && !name.contains("-80mm-") && !name.endsWith("-es")) {
            write(Path.of(screens), name, png);
        }
    }

    private static void write(Path folder, String name, byte[] png) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name.toLowerCase(Locale.ROOT) + ".png"), png);
    }
}

package org.cleartrade.codes.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cleartrade.codes.qr.QrDecoding;
import org.cleartrade.core.receipt.CertificateReceipt;
import org.cleartrade.core.receipt.CertificateSlip;
import org.cleartrade.core.receipt.ReceiptCopy;
import org.cleartrade.core.receipt.ReceiptSamples;
import org.cleartrade.core.receipt.ReturnReceipt;
import org.cleartrade.core.receipt.ReturnSlip;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {
    private final ReceiptSamples samples = new ReceiptSamples();

    @Test
    void rendersTheChineseCertificateAsSearchableTextWithAReadableQr() throws IOException {
        CertificateSlip slip = samples.certificateSlip("CNY", true);
        var receipt =
                new CertificateReceipt(ReceiptCopy.forLanguage("zh-Hans", ZoneId.of("Asia/Shanghai"))).compose(slip);

        byte[] pdf = new ReceiptPdf().render(receipt);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("数据擦除证书", "EC-T2026112300042", "¥1,450.00", "擦除已核验");
            var page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            if (document.getNumberOfPages() > 1) {
                page = new PDFRenderer(document).renderImageWithDPI(1, 150, ImageType.RGB);
            }
            assertThat(QrDecoding.decode(page)).isEqualTo(slip.qrPayload());
        }
    }

    @Test
    void namesTheMissingFontPackageWhenNoChineseFontIsInstalled() {
        ReceiptPdf pdf = new ReceiptPdf(
                List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
                List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
                List.of(Path.of("/nonexistent/DroidSansFallbackFull.ttf")));
        var receipt = new ReturnReceipt(ReceiptCopy.forLanguage("en", ZoneId.of("UTC")))
                .compose(ReceiptSamples.returnSlip(ReturnSlip.Reason.OFFER_DECLINED));

        assertThatThrownBy(() -> pdf.render(receipt))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("fonts-droid-fallback")
                .hasMessageContaining("/nonexistent/DroidSansFallbackFull.ttf");
    }
}

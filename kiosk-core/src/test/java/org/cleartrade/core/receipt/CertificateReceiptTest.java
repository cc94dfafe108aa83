package org.cleartrade.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.stream.Collectors;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateReceiptTest {
    private final ReceiptSamples samples = new ReceiptSamples();
    private final CertificateReceipt english = new CertificateReceipt(ReceiptCopy.forLanguage("en", ZoneId.of("UTC")));

    @Test
    void saysTheEraseWasNotVerifiedWhenTheDockCouldNotProveIt() {
        String text = text(english.compose(samples.certificateSlip("USD", false)));

        assertThat(text).contains("Result: erase NOT verified", "phone did not come back on USB");
        assertThat(text).doesNotContain("Result: erase verified");
    }

    @Test
    void printsTheQuoteBreakdownThatAddsUpToTheOffer() {
        String text = text(english.compose(samples.certificateSlip("USD", true)));

        assertThat(text)
                .contains("Base price | $1,800.00")
                .contains("Scratched screen | -$180.00")
                .contains("Battery below 80% | -$162.00")
                .contains("Rounding | -$8.00")
                .contains("Our offer | $1,450.00");
    }

    @Test
    void theCurrencyComesFromTheQuoteNotTheLanguage() {
        String text = text(english.compose(samples.certificateSlip("CNY", true)));

        assertThat(text).contains("Our offer | CN¥1,450.00").doesNotContain("$");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en      | Method: Factory reset (wipeDevice) on Android 14; file-based"
                        + " encryption | Verified by: the phone left USB and came back with the same serial"
                        + " | Observed: serial 7f3a9c21 back on USB at 2026-11-23 11:04",
                "zh-Hans | 方法：在 Android 14 上恢复出厂设置（wipeDevice）；文件级加密"
                        + " | 核验方式：手机断开 USB 后以相同序列号重新连接"
                        + " | 观察到：序列号 7f3a9c21 于 2026-11-23 11:04 重新出现在 USB 上",
                "es      | Método: Restablecimiento de fábrica (wipeDevice) en Android 14;"
                        + " cifrado por archivos | Verificado mediante: el teléfono salió del USB y volvió"
                        + " | Observado: número de serie 7f3a9c21 de vuelta en USB a las 2026-11-23 11:04"
            })
    void saysTheMethodAndVerificationInTheReceiptsLanguage(
            String language, String method, String verifiedBy, String observed) {
        CertificateReceipt receipt = new CertificateReceipt(ReceiptCopy.forLanguage(language, ZoneId.of("UTC")));

        String text = text(receipt.compose(samples.certificateSlip("CNY", true)));

        assertThat(text).contains(method, verifiedBy, observed);
        if (!language.equals("en")) {
            assertThat(text).doesNotContain("Factory reset", "re-enumerated", "left and came back");
        }
    }

    @Test
    void labelsWhatWasObservedOnce() {
        String text = text(english.compose(samples.certificateSlip("CNY", true)));

        assertThat(text).contains("Observed: serial").doesNotContain("Observed: Observed");
    }

    @Test
    void carriesTheSignedPayloadUnchangedInItsQrBlock() {
        CertificateSlip slip = samples.certificateSlip("USD", true);

        Receipt receipt = english.compose(slip);

        assertThat(receipt.blocks()).contains(new ReceiptBlock.Qr(slip.qrPayload()));
    }

    static String text(Receipt receipt) {
        return receipt.blocks().stream()
                .map(b -> {
                    if (b instanceof ReceiptBlock.Text t) {
                        return t.text();
                    }
                    if (b instanceof ReceiptBlock.Columns c) {
                        return c.left() + " | " + c.right();
                    }
                    return "";
                })
                .collect(Collectors.joining("\n"));
    }
}

package org.cleartrade.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.stream.Collectors;
import org.cleartrade.deviceio.printer.Receipt;
import org.cleartrade.deviceio.printer.ReceiptBlock;
import org.junit.jupiter.api.Test;

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

package org.cleartrade.codes.pdf417;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.pdf417.PDF417Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.cleartrade.core.identity.SampleLicences;
import org.junit.jupiter.api.Test;

class ZxingPdf417FrameDecoderTest {

    /** A grey camera frame with the barcode printed in its middle. */
    private static int[] frame(String text, int width, int height) throws Exception {
        BitMatrix code = new PDF417Writer()
                .encode(
                        text,
                        BarcodeFormat.PDF_417,
                        600,
                        200,
                        Map.of(
                                EncodeHintType.CHARACTER_SET,
                                StandardCharsets.ISO_8859_1.name(),
                                EncodeHintType.MARGIN,
                                10));
        int[] px = new int[width * height];
        Arrays.fill(px, 0xFFC8C8C8);
        int ox = (width - code.getWidth()) / 2;
        int oy = (height - code.getHeight()) / 2;
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                px[(oy + y) * width + ox + x] = code.get(x, y) ? 0xFF101010 : 0xFFFFFFFF;
            }
        }
        return px;
    }

    @Test
    void decodesTheLicenceBarcodeInACameraFrame() throws Exception {
        String licence = SampleLicences.licence("07041990", "07042030", "USA");

        assertThat(new ZxingPdf417FrameDecoder().decode(frame(licence, 900, 500), 900, 500))
                .contains(licence);
    }

    @Test
    void reportsAFrameWithoutABarcodeAsEmpty() {
        int[] blank = new int[640 * 480];
        Arrays.fill(blank, 0xFF808080);

        assertThat(new ZxingPdf417FrameDecoder().decode(blank, 640, 480)).isEmpty();
    }

    @Test
    void refusesAFrameSmallerThanItsDimensions() {
        assertThatThrownBy(() -> new ZxingPdf417FrameDecoder().decode(new int[10], 640, 480))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

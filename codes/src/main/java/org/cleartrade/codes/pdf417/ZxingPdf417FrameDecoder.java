package org.cleartrade.codes.pdf417;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.pdf417.PDF417Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.core.identity.Pdf417FrameDecoder;

/**
 * Finds and decodes the PDF417 barcode on the back of an ID in one camera frame with ZXing, trying
 * harder than its default and reading the text as ISO-8859-1. Needs neither AWT nor JavaFX.
 *
 * <p>Threading: keeps no state; safe for concurrent use.
 */
public final class ZxingPdf417FrameDecoder implements Pdf417FrameDecoder {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());

    @Override
    public Optional<String> decode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("frame of " + argb.length + " pixels is not " + width + "x" + height);
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        try {
            return Optional.of(new PDF417Reader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            // A barcode was found but failed its checksum or format: the same as unreadable here.
            return Optional.empty();
        }
    }
}

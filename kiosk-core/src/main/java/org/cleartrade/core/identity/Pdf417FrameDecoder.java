package org.cleartrade.core.identity;

import java.util.Optional;

/**
 * Finds and decodes the PDF417 barcode on the back of an ID in one camera frame; {@link
 * AamvaParser} reads the text it gives. Frames are packed ARGB pixels, row by row, the form JavaFX
 * and most capture libraries hand out, so neither side needs AWT or JavaFX. The composition root
 * wires the implementation (ZXing's, in the {@code codes} module).
 *
 * <p>Threading: an implementation decodes one frame per call and keeps no state between calls.
 */
public interface Pdf417FrameDecoder {

    /**
     * The barcode's text, read as ISO-8859-1 (what AAMVA cards hold).
     *
     * @param argb at least {@code width * height} pixels
     * @return the text, or empty when the frame holds no readable PDF417
     * @throws IllegalArgumentException when the frame has fewer pixels than its dimensions say
     */
    Optional<String> decode(int[] argb, int width, int height);
}

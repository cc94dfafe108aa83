package org.cleartrade.codes.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cleartrade.core.certificate.QrPhotoReader;

/**
 * Reads the text of the QR code in a PNG or JPEG photo or scan, or in a picture already in memory,
 * with ZXing.
 *
 * <p>Threading: keeps no state; safe for concurrent use.
 */
public final class ZxingQrReader implements QrPhotoReader {

    /**
     * ZXing's finder-pattern search misses a few percent of perfectly clean codes (measured with
     * random voucher payloads; zbar reads them all), while its pure-barcode mode reads a clean scan
     * or rendering but not a skewed photo, nor a code with a receipt's text around it. So: photo
     * mode first, then pure mode, each on two binarizers, and last the multi-code finder, which
     * weighs every triple of finder candidates and reads the receipt pictures the first two miss
     * (about one printed certificate in eighty).
     */
    private static final Map<DecodeHintType, Object> PHOTO_HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private static final Map<DecodeHintType, Object> PURE_HINTS = Map.of(
            DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /**
     * The largest picture decoded: a 24-megapixel phone photo fits. Decoding needs about nine bytes
     * a pixel, so this bounds the memory a file can make the reader take, whatever its size on disk.
     */
    static final long MAX_PIXELS = 25_000_000L;

    /**
     * The text of the QR code in {@code image}.
     *
     * @throws IOException when the file cannot be read as an image, or holds no readable QR code
     */
    @Override
    public String read(Path image) throws IOException {
        if (!Files.isRegularFile(image)) {
            throw new IOException("no image file at " + image);
        }
        BufferedImage picture = decodeBounded(image);
        return read(picture, image.toString());
    }

    /** Reads the picture's dimensions from its header and decodes it only when they are in bounds. */
    private static BufferedImage decodeBounded(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(image + " is not a PNG, JPEG, GIF or BMP image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new IOException(image + " declares " + width + "x" + height + " pixels; a QR photo or scan"
                            + " of at most " + MAX_PIXELS / 1_000_000 + " megapixels is read");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The text of the QR code in a picture already in memory, such as a rendered receipt.
     *
     * @param source names the picture in error messages
     * @throws IOException when the picture holds no readable QR code
     */
    public String read(BufferedImage picture, String source) throws IOException {
        ReaderException last = null;
        LuminanceSource luminance = new ImageLuminance(picture);
        for (Binarizer binarizer : List.of(new HybridBinarizer(luminance), new GlobalHistogramBinarizer(luminance))) {
            for (Map<DecodeHintType, Object> hints : List.of(PHOTO_HINTS, PURE_HINTS)) {
                try {
                    return new QRCodeReader()
                            .decode(new BinaryBitmap(binarizer), hints)
                            .getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        try {
            return new QRCodeMultiReader()
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(luminance)), PHOTO_HINTS)[0].getText();
        } catch (ReaderException e) {
            if (last instanceof NotFoundException) {
                last = e;
            }
        }
        if (last instanceof NotFoundException) {
            throw new IOException("no QR code found in " + source, last);
        }
        throw new IOException("the QR code in " + source + " is damaged beyond its error correction", last);
    }

    /** Grey levels of an image, alpha composited on white (ITU-R BT.601 luma). */
    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] luma;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int width = image.getWidth();
            int height = image.getHeight();
            int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
            luma = new byte[width * height];
            for (int i = 0; i < argb.length; i++) {
                int pixel = argb[i];
                int alpha = pixel >>> 24;
                int grey = (299 * ((pixel >> 16) & 0xff) + 587 * ((pixel >> 8) & 0xff) + 114 * (pixel & 0xff)) / 1000;
                luma[i] = (byte) ((grey * alpha + 255 * (255 - alpha)) / 255);
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(luma, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return luma;
        }
    }
}

package org.cleartrade.ports.printer;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 1-bit image in the layout of {@code GS v 0}: rows top to bottom, each row {@link #rowBytes()}
 * bytes, most significant bit leftmost, a set bit is a dot burnt on the paper. Immutable.
 */
public final class MonoBitmap {
    private final int width;
    private final int height;
    private final byte[] data;

    /** Wraps packed rows; {@code data} must hold exactly {@code rowBytes(width) * height} bytes. */
    public MonoBitmap(int width, int height, byte[] data) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("bitmap must be at least 1 × 1, was " + width + " × " + height);
        }
        if (data.length != rowBytes(width) * height) {
            throw new IllegalArgumentException("bitmap " + width + " × " + height + " needs " + rowBytes(width) * height
                    + " bytes, got " + data.length);
        }
        this.width = width;
        this.height = height;
        this.data = data.clone();
    }

    /** Thresholds an image: a pixel darker than mid-grey (and not transparent) becomes a dot. */
    public static MonoBitmap of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] bits = new byte[rowBytes(w) * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int luma = (((argb >> 16) & 0xFF) * 299 + ((argb >> 8) & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
                if (alpha >= 128 && luma < 128) {
                    bits[y * rowBytes(w) + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new MonoBitmap(w, h, bits);
    }

    public static int rowBytes(int width) {
        return (width + 7) / 8;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int rowBytes() {
        return rowBytes(width);
    }

    /** A copy of the packed rows. */
    public byte[] data() {
        return data.clone();
    }

    public boolean dot(int x, int y) {
        return (data[y * rowBytes() + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    /** Black dots on white, for screens and PNG files. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, dot(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoBitmap other
                && width == other.width
                && height == other.height
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "MonoBitmap[" + width + " × " + height + "]";
    }
}

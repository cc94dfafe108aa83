package org.cleartrade.codes.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Renders a payload as a QR PNG at ECC M, four pixels a module, as a receipt scan would look. */
public final class QrPng {

    private QrPng() {}

    public static Path write(String text, Path file) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int scale = 4;
            BufferedImage image = new BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff);
                }
            }
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small PNG whose header declares {@code width x height} pixels: its IHDR chunk says so, with
     * a correct checksum, while its image data is that of a 10x10 picture.
     */
    static Path declaringSize(Path file, int width, int height) {
        try {
            ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
            byte[] png = Files.readAllBytes(file);
            ByteBuffer bytes = ByteBuffer.wrap(png);
            bytes.putInt(16, width).putInt(20, height);
            CRC32 crc = new CRC32();
            crc.update(png, 12, 17);
            bytes.putInt(29, (int) crc.getValue());
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

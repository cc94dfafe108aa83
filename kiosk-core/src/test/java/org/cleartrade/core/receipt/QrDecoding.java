package org.cleartrade.core.receipt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.cleartrade.core.certificate.QrImageReader;

/** Reads the QR code off a picture of a receipt, the way the verify command reads a scan. */
final class QrDecoding {
    private QrDecoding() {}

    static String decode(BufferedImage image) {
        try {
            return QrImageReader.read(image, "the receipt");
        } catch (IOException e) {
            throw new AssertionError("no readable QR code on the receipt: " + e.getMessage(), e);
        }
    }
}

package org.cleartrade.codes.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Reads the QR code off a picture of a receipt, the way the verify command reads a scan. */
public final class QrDecoding {
    private QrDecoding() {}

    public static String decode(BufferedImage image) {
        try {
            return new ZxingQrReader().read(image, "the receipt");
        } catch (IOException e) {
            throw new AssertionError("no readable QR code on the receipt: " + e.getMessage(), e);
        }
    }
}

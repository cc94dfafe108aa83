package org.cleartrade.deviceio.printer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.cleartrade.ports.printer.MonoBitmap;

/** Printed paper as pictures: the printable dots with the blank margins of the real paper. */
public final class PaperImages {
    /** Unprintable margin each side, in dots (about 4 mm). */
    public static final int MARGIN = 32;

    private PaperImages() {}

    /** Black dots on white paper, with side margins and a little paper above and below. */
    public static BufferedImage toImage(MonoBitmap paper) {
        BufferedImage image = new BufferedImage(
                paper.width() + 2 * MARGIN, paper.height() + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(paper.toImage(), MARGIN, MARGIN, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] toPng(MonoBitmap paper) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(toImage(paper), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        }
        return png.toByteArray();
    }
}

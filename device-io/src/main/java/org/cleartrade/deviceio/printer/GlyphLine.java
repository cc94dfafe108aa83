package org.cleartrade.deviceio.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * Draws one printed line of {@link Glyph}s (and inline bit images) into a band as wide as the paper, characters sitting
 * on a common baseline as on an ESC/POS printer (taller characters grow upwards). Used by the
 * virtual printer and by the encoder's raster fallback, so both print the same dots.
 */
final class GlyphLine {
    private static final int BASELINE = 19;

    private final PrinterFont font;

    GlyphLine(PrinterFont font) {
        this.font = font;
    }

    static int width(List<? extends LineItem> items) {
        return items.stream().mapToInt(LineItem::width).sum();
    }

    static int height(List<? extends LineItem> items) {
        return items.stream().mapToInt(LineItem::height).max().orElse(PaperWidth.FONT_A_HEIGHT);
    }

    /** The band, {@code paperWidth} dots wide, with the glyphs placed per {@code align}. */
    MonoBitmap draw(List<? extends LineItem> glyphs, int paperWidth, ReceiptBlock.Align align) {
        int height = height(glyphs);
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (paperWidth - width(glyphs)) / 2);
            case RIGHT -> Math.max(0, paperWidth - width(glyphs));
        };
        BufferedImage band = new BufferedImage(paperWidth, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = band.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paperWidth, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (LineItem item : glyphs) {
                if (item instanceof Glyph glyph) {
                    drawGlyph(g, glyph, x, height);
                } else if (item instanceof InlineImage image) {
                    int w = image.width();
                    g.drawImage(image.bitmap().toImage(), x, height - image.height(), w, image.height(), null);
                }
                x += item.width();
            }
        } finally {
            g.dispose();
        }
        return MonoBitmap.of(band);
    }

    private void drawGlyph(Graphics2D g, Glyph glyph, int x, int lineHeight) {
        boolean wide = PrinterFont.isWide(glyph.codePoint());
        Font face = wide ? font.cjk(glyph.bold()) : font.latin(glyph.bold());
        int cellWidth = wide ? 2 * PaperWidth.FONT_A_WIDTH : PaperWidth.FONT_A_WIDTH;
        String text = new String(Character.toChars(glyph.codePoint()));
        AffineTransform saved = g.getTransform();
        int top = lineHeight - glyph.height();
        g.translate(x, top);
        g.scale(glyph.scaleX(), glyph.scaleY());
        g.setFont(face);
        int advance = g.getFontMetrics().stringWidth(text);
        int baseline = wide ? BASELINE + 1 : BASELINE;
        g.drawString(text, Math.max(0, (cellWidth - advance) / 2f), baseline);
        if (glyph.underline() > 0) {
            g.fillRect(0, PaperWidth.FONT_A_HEIGHT - 2, cellWidth, glyph.underline());
        }
        g.setTransform(saved);
    }
}

package org.cleartrade.codes.pdf;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.ports.printer.ReceiptBlock.Align;

/**
 * A receipt as an A4 PDF for e-mail and archives, block for block what the paper shows: text in
 * embedded TrueType fonts (Chinese included, so it stays searchable), two-column lines, rules,
 * and the QR drawn as vector squares at 2.5 pt per module (about 0.9 mm, easy for any phone).
 *
 * <p>Threading: renders one document at a time ({@link #render} is synchronized).
 */
public final class ReceiptPdf {
    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;
    private static final float QR_MODULE = 2.5f;

    private final List<Path> latin;
    private final List<Path> latinBold;
    private final List<Path> cjk;

    private PDDocument document;
    private PdfFonts fonts;
    private PDPageContentStream content;
    private float y;

    /** With the fonts where Debian installs them. */
    public ReceiptPdf() {
        this(PdfFonts.LATIN, PdfFonts.LATIN_BOLD, PdfFonts.CJK);
    }

    /** With font files in order of preference, each list needing one readable TrueType file. */
    ReceiptPdf(List<Path> latin, List<Path> latinBold, List<Path> cjk) {
        this.latin = List.copyOf(latin);
        this.latinBold = List.copyOf(latinBold);
        this.cjk = List.copyOf(cjk);
    }

    /** Renders the receipt and returns the PDF bytes. Throws {@link MissingFontException} without fonts. */
    public synchronized byte[] render(Receipt receipt) {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            fonts = new PdfFonts(doc, latin, latinBold, cjk);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(receipt.title());
            info.setCreator("ClearTrade kiosk");
            newPage();
            for (ReceiptBlock block : receipt.blocks()) {
                draw(block);
            }
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the PDF of " + receipt.title() + " failed", e);
        } finally {
            document = null;
            fonts = null;
            content = null;
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void draw(ReceiptBlock block) throws IOException {
        if (block instanceof ReceiptBlock.Text t) {
            float size = SIZE * Math.min(t.scale(), 2);
            for (String line : wrap(t.text(), t.bold(), size)) {
                line(line, t.align(), t.bold(), size);
            }
        } else if (block instanceof ReceiptBlock.Columns c) {
            columns(c);
        } else if (block instanceof ReceiptBlock.Rule) {
            need(LEADING);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y - LEADING / 2);
            content.lineTo(MARGIN + width(), y - LEADING / 2);
            content.stroke();
            y -= LEADING;
        } else if (block instanceof ReceiptBlock.Feed f) {
            y -= f.lines() * LEADING;
        } else if (block instanceof ReceiptBlock.Qr q) {
            qr(q.payload());
        } else if (block instanceof ReceiptBlock.Image i) {
            image(i);
        }
    }

    private void line(String text, Align align, boolean bold, float size) throws IOException {
        float leading = LEADING * size / SIZE;
        need(leading);
        float textWidth = fonts.width(text, bold, size);
        float x = switch (align) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + (width() - textWidth) / 2;
            case RIGHT -> MARGIN + width() - textWidth;
        };
        show(text, bold, size, x, y - leading + (leading - size) / 2 + 2);
        y -= leading;
    }

    private void columns(ReceiptBlock.Columns c) throws IOException {
        float rightWidth = fonts.width(c.right(), c.bold(), SIZE);
        List<String> left = wrap(c.left(), c.bold(), SIZE);
        for (int i = 0; i < left.size() - 1; i++) {
            line(left.get(i), Align.LEFT, c.bold(), SIZE);
        }
        String last = left.get(left.size() - 1);
        if (fonts.width(last, c.bold(), SIZE) + rightWidth + 12 > width()) {
            line(last, Align.LEFT, c.bold(), SIZE);
            line(c.right(), Align.RIGHT, c.bold(), SIZE);
            return;
        }
        need(LEADING);
        float baseline = y - LEADING + (LEADING - SIZE) / 2 + 2;
        show(last, c.bold(), SIZE, MARGIN, baseline);
        show(c.right(), c.bold(), SIZE, MARGIN + width() - rightWidth, baseline);
        y -= LEADING;
    }

    private void show(String text, boolean bold, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(text, bold)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    private List<String> wrap(String text, boolean bold, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastBreak = -1;
            for (int cp : paragraph.codePoints().toArray()) {
                line.appendCodePoint(cp);
                if (fonts.width(line.toString(), bold, size) > width() && line.length() > 1) {
                    int cut = lastBreak > 0 ? lastBreak : line.length() - Character.charCount(cp);
                    lines.add(line.substring(0, cut).stripTrailing());
                    line.delete(0, cut);
                    lastBreak = -1;
                }
                if (cp == ' ' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    lastBreak = line.length();
                }
            }
            lines.add(line.toString().strip().isEmpty() ? "" : line.toString().stripLeading());
        }
        return lines;
    }

    private void qr(String payload) throws IOException {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(payload, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload of " + payload.length() + " characters does not fit", e);
        }
        float side = matrix.getWidth() * QR_MODULE;
        need(side + 2 * LEADING);
        float left = MARGIN + (width() - side) / 2;
        float top = y - LEADING;
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row) == 1) {
                    content.addRect(left + col * QR_MODULE, top - (row + 1) * QR_MODULE, QR_MODULE, QR_MODULE);
                }
            }
        }
        content.fill();
        y = top - side - LEADING;
    }

    private void image(ReceiptBlock.Image image) throws IOException {
        // 203 dpi dots to points: 72 / 203.
        float w = image.bitmap().width() * 72f / 203f;
        float h = image.bitmap().height() * 72f / 203f;
        need(h);
        float x = switch (image.align()) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + (width() - w) / 2;
            case RIGHT -> MARGIN + width() - w;
        };
        content.drawImage(
                LosslessFactory.createFromImage(document, image.bitmap().toImage()), x, y - h, w, h);
        y -= h;
    }
}

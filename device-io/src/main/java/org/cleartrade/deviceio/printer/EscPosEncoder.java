package org.cleartrade.deviceio.printer;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * Turns a {@link Receipt} into the ESC/POS bytes for one printer model ({@link EscPosOptions}).
 *
 * <p>Text is laid out here (word wrap, two columns) so lines never rely on the printer's own
 * wrapping. Latin-script text goes in code table PC858 (Western European with €); other text in
 * GB18030 under {@code FS &} when the printer has a Chinese font, else drawn here with the same
 * glyphs the virtual printer uses and sent inline as {@code ESC *} bit images (a whole raster
 * line for enlarged text). QR codes are model 2, ECC M, sized to about
 * three quarters of the paper, sent natively or as a ZXing raster. The receipt's title is not
 * printed; documents put their own heading in the blocks. Each job ends with feed and partial cut.
 */
public final class EscPosEncoder {
    private static final int QR_LEVEL_M = 49;
    /** 4 dots at 203 dpi: half a millimetre, about the smallest module a phone camera reads at arm's length. */
    private static final int MIN_LEGIBLE_MODULE_DOTS = 4;

    private static final int CUT_FEED_DOTS = 48;

    private final EscPosOptions options;
    private final GlyphLine glyphLine = new GlyphLine(new PrinterFont());
    private final QrSymbols qr = new QrSymbols();
    private final Charset codeTable = CodeTable.PC858.charset();
    private final Charset chinese = Charset.forName("GB18030");

    public EscPosEncoder(EscPosOptions options) {
        this.options = options;
    }

    public EscPosOptions options() {
        return options;
    }

    public byte[] encode(Receipt receipt) {
        EscPosWriter out = new EscPosWriter().initialize().codeTable(CodeTable.PC858);
        for (ReceiptBlock block : receipt.blocks()) {
            if (block instanceof ReceiptBlock.Text t) {
                text(out, t);
            } else if (block instanceof ReceiptBlock.Columns c) {
                columns(out, c);
            } else if (block instanceof ReceiptBlock.Qr q) {
                qrCode(out, q.payload());
            } else if (block instanceof ReceiptBlock.Rule) {
                out.align(ReceiptBlock.Align.LEFT);
                line(out, "─".repeat(options.paper().columns()), ReceiptBlock.Align.LEFT, false, 1);
            } else if (block instanceof ReceiptBlock.Feed f) {
                out.feedLines(f.lines());
            } else if (block instanceof ReceiptBlock.Image i) {
                image(out, i.bitmap(), i.align());
            }
        }
        return out.feedLines(2).cut(true, CUT_FEED_DOTS).toByteArray();
    }

    private void text(EscPosWriter out, ReceiptBlock.Text t) {
        out.align(t.align()).emphasis(t.bold()).size(t.scale(), t.scale());
        for (String line : LineWrapper.wrap(t.text(), options.paper().columns() / t.scale())) {
            line(out, line, t.align(), t.bold(), t.scale());
        }
        out.emphasis(false).size(1, 1);
    }

    private void columns(EscPosWriter out, ReceiptBlock.Columns c) {
        int columns = options.paper().columns();
        out.align(ReceiptBlock.Align.LEFT).emphasis(c.bold());
        List<String> left = LineWrapper.wrap(c.left(), columns);
        int rightCells = LineWrapper.cells(c.right());
        for (int i = 0; i < left.size() - 1; i++) {
            line(out, left.get(i), ReceiptBlock.Align.LEFT, c.bold(), 1);
        }
        String last = left.get(left.size() - 1);
        int gap = columns - LineWrapper.cells(last) - rightCells;
        if (gap >= 1) {
            line(out, last + " ".repeat(gap) + c.right(), ReceiptBlock.Align.LEFT, c.bold(), 1);
        } else {
            line(out, last, ReceiptBlock.Align.LEFT, c.bold(), 1);
            line(out, " ".repeat(Math.max(0, columns - rightCells)) + c.right(), ReceiptBlock.Align.LEFT, c.bold(), 1);
        }
        out.emphasis(false);
    }

    /** One printed line; alignment, emphasis and size are already set on the printer. */
    private void line(EscPosWriter out, String line, ReceiptBlock.Align align, boolean bold, int scale) {
        CharsetEncoder latin = codeTable.newEncoder();
        if (latin.canEncode(line)) {
            out.text(line.getBytes(codeTable)).lineFeed();
        } else if (options.nativeCjk()) {
            out.chinese(true).text(line.getBytes(chinese)).chinese(false).lineFeed();
        } else if (scale == 1) {
            inlineLine(out, line, bold);
        } else {
            rasterLine(out, line, align, bold, scale);
        }
    }

    /**
     * A line for a printer without a Chinese font: text where the code table has the characters,
     * the rest drawn here and sent as {@code ESC *} bit images inside the same line, so padding
     * and Latin values stay cheap text.
     */
    private void inlineLine(EscPosWriter out, String line, boolean bold) {
        CharsetEncoder latin = codeTable.newEncoder();
        int[] cps = line.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            boolean text = latin.canEncode(new String(cps, i, 1));
            int j = i;
            while (j < cps.length && latin.canEncode(new String(cps, j, 1)) == text) {
                j++;
            }
            String run = new String(cps, i, j - i);
            if (text) {
                out.text(run.getBytes(codeTable));
            } else {
                List<Glyph> glyphs = run.codePoints()
                        .mapToObj(cp -> new Glyph(cp, bold, 0, 1, 1))
                        .toList();
                out.bitImage24(glyphLine.draw(glyphs, GlyphLine.width(glyphs), ReceiptBlock.Align.LEFT));
            }
            i = j;
        }
        out.lineFeed();
    }

    private void rasterLine(EscPosWriter out, String line, ReceiptBlock.Align align, boolean bold, int scale) {
        List<Glyph> glyphs = line.codePoints()
                .mapToObj(cp -> new Glyph(cp, bold, 0, scale, scale))
                .toList();
        int width = Math.max(8, Math.min(options.paper().dots(), GlyphLine.width(glyphs)));
        MonoBitmap band = glyphLine.draw(glyphs, (width + 7) / 8 * 8, ReceiptBlock.Align.LEFT);
        out.align(align).raster(band).feedDots(30 - Math.min(30, band.height()));
    }

    /**
     * Dots a QR module takes on this paper: the symbol spans up to three quarters of the paper,
     * at most 8 dots a module; a large symbol (a verification link) may take the paper's whole
     * width, quiet zone included, rather than shrink below half a millimetre a module.
     */
    public static int qrModuleDots(PaperWidth paper, int modules) {
        int dots = Math.max(1, Math.min(8, paper.dots() * 3 / 4 / modules));
        if (dots < MIN_LEGIBLE_MODULE_DOTS && (modules + 8) * MIN_LEGIBLE_MODULE_DOTS <= paper.dots()) {
            return MIN_LEGIBLE_MODULE_DOTS;
        }
        return dots;
    }

    private void qrCode(EscPosWriter out, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        int modules = qr.modules(data, QR_LEVEL_M);
        int moduleDots = qrModuleDots(options.paper(), modules);
        out.align(ReceiptBlock.Align.CENTER).feedDots(16);
        if (options.nativeQr()) {
            out.qrModel2()
                    .qrModuleSize(moduleDots)
                    .qrErrorCorrection(QR_LEVEL_M)
                    .qrStore(data)
                    .qrPrint();
        } else if (moduleDots >= 2) {
            // Half-size symbol, printed at 2 × 2: a quarter of the bytes for the same paper.
            out.raster(qr.encode(data, QR_LEVEL_M, moduleDots / 2), true);
        } else {
            out.raster(qr.encode(data, QR_LEVEL_M, moduleDots));
        }
        out.feedDots(24).align(ReceiptBlock.Align.LEFT);
    }

    private void image(EscPosWriter out, MonoBitmap bitmap, ReceiptBlock.Align align) {
        if (bitmap.width() > options.paper().dots()) {
            throw new IllegalArgumentException("image " + bitmap.width() + " dots wide does not fit "
                    + options.paper().dots() + "-dot paper");
        }
        out.align(align).raster(bitmap).align(ReceiptBlock.Align.LEFT);
    }
}

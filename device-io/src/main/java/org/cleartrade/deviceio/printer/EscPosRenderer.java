package org.cleartrade.deviceio.printer;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * The print mechanism of the virtual printer: keeps the modes an ESC/POS printer keeps (justify,
 * emphasis, size, code table, Chinese mode, line spacing, QR settings), buffers a line until it
 * is printed, wraps lines wider than the paper, and burns dots onto a {@link PaperRoll}. Each cut
 * hands the receipt to {@code onCut}. Not thread-safe; {@link EscPosEmulator} serialises access.
 */
final class EscPosRenderer {
    private static final int DEFAULT_LINE_SPACING = 30;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final PaperRoll roll;
    private final GlyphLine glyphLine;
    private final Consumer<MonoBitmap> onCut;
    private final List<LineItem> line = new ArrayList<>();
    private final QrSymbols qr = new QrSymbols();

    private ReceiptBlock.Align align;
    private boolean bold;
    private int underline;
    private int scaleX;
    private int scaleY;
    private Charset codeTable;
    private boolean chinese;
    private int lineSpacing;
    private int qrModel;
    private int qrModule;
    private int qrLevel;
    private byte[] qrData;

    EscPosRenderer(PaperRoll roll, PrinterFont font, Consumer<MonoBitmap> onCut) {
        this.roll = roll;
        this.glyphLine = new GlyphLine(font);
        this.onCut = onCut;
        reset();
    }

    /** Prints one command. Throws {@link EscPosProtocolException} for a command it cannot print. */
    void apply(EscPosCommand command) {
        if (command instanceof EscPosCommand.Text t) {
            addText(t.bytes());
        } else if (command instanceof EscPosCommand.LineFeed) {
            printLine();
        } else if (command instanceof EscPosCommand.Initialize) {
            reset();
        } else if (command instanceof EscPosCommand.FeedLines f) {
            feedLines(f.lines());
        } else if (command instanceof EscPosCommand.FeedDots f) {
            flushLine();
            roll.feed(f.dots());
        } else if (command instanceof EscPosCommand.BitImage b) {
            addToLine(new InlineImage(b.bitmap(), b.scaleX()));
        } else if (command instanceof EscPosCommand.RasterImage r) {
            printImage(r.bitmap(), r.scaleX(), r.scaleY());
        } else if (command instanceof EscPosCommand.QrPrint) {
            printQr();
        } else if (command instanceof EscPosCommand.Cut c) {
            cut(c.feedDots());
        } else {
            setMode(command);
        }
    }

    private void setMode(EscPosCommand command) {
        if (command instanceof EscPosCommand.Justify j) {
            align = j.align();
        } else if (command instanceof EscPosCommand.Emphasis e) {
            bold = e.on();
        } else if (command instanceof EscPosCommand.Underline u) {
            underline = u.dots();
        } else if (command instanceof EscPosCommand.PrintMode m) {
            printMode(m.bits());
        } else if (command instanceof EscPosCommand.CharacterSize c) {
            scaleX = c.width();
            scaleY = c.height();
        } else if (command instanceof EscPosCommand.CodeTable c) {
            codeTable = CodeTable.byNumber(c.table()).orElseThrow().charset();
        } else if (command instanceof EscPosCommand.ChineseMode c) {
            chinese = c.on();
        } else if (command instanceof EscPosCommand.LineSpacing l) {
            lineSpacing = l.dots() < 0 ? DEFAULT_LINE_SPACING : l.dots();
        } else if (command instanceof EscPosCommand.QrModel m) {
            qrModel = m.model();
        } else if (command instanceof EscPosCommand.QrModuleSize m) {
            qrModule = m.dots();
        } else if (command instanceof EscPosCommand.QrErrorCorrection e) {
            qrLevel = e.level();
        } else if (command instanceof EscPosCommand.QrStore q) {
            qrData = q.data();
        }
        // StatusRequest is answered by the emulator in real time; it prints nothing.
    }

    private void reset() {
        line.clear();
        align = ReceiptBlock.Align.LEFT;
        bold = false;
        underline = 0;
        scaleX = 1;
        scaleY = 1;
        codeTable = CodeTable.PC437.charset();
        chinese = false;
        lineSpacing = DEFAULT_LINE_SPACING;
        qrModel = 50;
        qrModule = 3;
        qrLevel = 48;
        qrData = null;
    }

    private void printMode(int bits) {
        bold = (bits & 0x08) != 0;
        scaleY = (bits & 0x10) != 0 ? 2 : 1;
        scaleX = (bits & 0x20) != 0 ? 2 : 1;
        underline = (bits & 0x80) != 0 ? 1 : 0;
    }

    private void addText(byte[] bytes) {
        String text = decode(bytes);
        text.codePoints().forEach(cp -> {
            addToLine(new Glyph(cp, bold, underline, scaleX, scaleY));
        });
    }

    /** Adds to the line buffer, printing the buffer first when the item would not fit. */
    private void addToLine(LineItem item) {
        if (!line.isEmpty() && GlyphLine.width(line) + item.width() > roll.width()) {
            printLine();
        }
        line.add(item);
    }

    private String decode(byte[] bytes) {
        Charset charset = chinese ? GB18030 : codeTable;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("?")
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /** Prints the buffer and feeds one line, even when the buffer is empty. */
    private void printLine() {
        int height = GlyphLine.height(line);
        if (!line.isEmpty()) {
            roll.print(glyphLine.draw(line, roll.width(), align), 0, 1, 1);
            line.clear();
        } else {
            roll.feed(height);
        }
        roll.feed(Math.max(0, lineSpacing - height));
    }

    /** Prints the buffer if it holds anything, without an extra line feed. */
    private void flushLine() {
        if (!line.isEmpty()) {
            printLine();
        }
    }

    private void feedLines(int lines) {
        flushLine();
        roll.feed(lines * lineSpacing);
    }

    private void printImage(MonoBitmap bitmap, int sx, int sy) {
        flushLine();
        int width = bitmap.width() * sx;
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (roll.width() - width) / 2);
            case RIGHT -> Math.max(0, roll.width() - width);
        };
        roll.print(bitmap, x, sx, sy);
    }

    private void printQr() {
        if (qrData == null) {
            throw new EscPosProtocolException("refused QR print: no symbol data stored");
        }
        if (qrModel != 50) {
            throw new EscPosProtocolException("refused QR print: model " + qrModel + " is not supported (only 50)");
        }
        printImage(qr.encode(qrData, qrLevel, qrModule), 1, 1);
    }

    private void cut(int feedDots) {
        flushLine();
        roll.feed(feedDots);
        onCut.accept(roll.cut());
    }
}

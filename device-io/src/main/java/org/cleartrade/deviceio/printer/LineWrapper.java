package org.cleartrade.deviceio.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into printed lines of at most {@code columns} half-width cells: at spaces for
 * alphabetic scripts, between any two characters for Chinese, and inside a word only when the
 * word alone is wider than a line. Explicit newlines are kept; closing punctuation
 * never starts a line.
 */
final class LineWrapper {
    private static final String NO_LINE_START = "。，、；：！？）」』”’》〉】,.;:!?)";

    private LineWrapper() {}

    /** Half-width cells a string takes: 2 for full-width characters, 1 for the rest. */
    static int cells(String text) {
        return text.codePoints().map(cp -> PrinterFont.isWide(cp) ? 2 : 1).sum();
    }

    static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be >= 2, was " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), columns, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, int columns, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineCells = 0;
        int lastBreak = -1;
        int[] cps = paragraph.codePoints().toArray();
        for (int cp : cps) {
            int w = PrinterFont.isWide(cp) ? 2 : 1;
            if (lineCells + w > columns) {
                if (cp == ' ') {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineCells = 0;
                    lastBreak = -1;
                    continue;
                }
                int cut = lastBreak;
                if (NO_LINE_START.indexOf(cp) >= 0 && cut == line.length() && line.length() > 1) {
                    // Punctuation never starts a line: after Chinese text, whose every character is
                    // a break, it takes the previous character along; after a word, the whole word.
                    cut = line.offsetByCodePoints(line.length(), -1);
                }
                String carry = "";
                if (cut > 0) {
                    carry = line.substring(cut);
                    line.setLength(cut);
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carry.stripLeading());
                lineCells = cells(line.toString());
                lastBreak = -1;
            }
            line.appendCodePoint(cp);
            lineCells += w;
            if (cp == ' ' || w == 2) {
                lastBreak = line.length();
            }
        }
        lines.add(line.toString());
    }
}

package org.cleartrade.deviceio.printer;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/**
 * The glyphs of the virtual print head and of the CJK raster fallback: a monospaced Latin face
 * for 12 × 24 cells and a CJK face for 24 × 24 cells. Chooses installed families by name
 * (DejaVu Sans Mono, Noto Sans Mono CJK SC from {@code fonts-noto-cjk}) and falls back to the
 * JDK's logical fonts, which still render but may lack Chinese glyphs.
 */
final class PrinterFont {
    private static final String LATIN = "DejaVu Sans Mono";
    private static final String[] CJK = {"Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Droid Sans Fallback"};

    private final String latinFamily;
    private final String cjkFamily;

    PrinterFont() {
        Set<String> installed =
                Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        latinFamily = installed.contains(LATIN) ? LATIN : Font.MONOSPACED;
        String cjk = Font.DIALOG;
        for (String family : CJK) {
            if (installed.contains(family)) {
                cjk = family;
                break;
            }
        }
        cjkFamily = cjk;
    }

    /** Whether a CJK face is installed; without one Chinese glyphs may print as boxes. */
    boolean hasCjkFace() {
        return !cjkFamily.equals(Font.DIALOG);
    }

    /** A face sized so that a half-width glyph advances 12 dots and fits a 24-dot cell. */
    Font latin(boolean bold) {
        return new Font(latinFamily, bold ? Font.BOLD : Font.PLAIN, 20);
    }

    /** A face sized for 24 × 24 full-width glyphs. */
    Font cjk(boolean bold) {
        return new Font(cjkFamily, bold ? Font.BOLD : Font.PLAIN, 22);
    }

    /** Whether a code point takes a full-width (24-dot) cell. */
    static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}

package org.cleartrade.deviceio.printer;

/**
 * Thermal paper widths at 203 dpi (8 dots per mm). The printable width is what the print head
 * reaches; font A cells are 12 × 24 dots, so it also sets the characters per line.
 */
public enum PaperWidth {
    MM58(384),
    MM80(576);

    /** Width of font A, in dots. */
    public static final int FONT_A_WIDTH = 12;

    /** Height of font A, in dots. */
    public static final int FONT_A_HEIGHT = 24;

    private final int dots;

    PaperWidth(int dots) {
        this.dots = dots;
    }

    /** Printable width in dots. */
    public int dots() {
        return dots;
    }

    /** Font A characters per line at normal size. */
    public int columns() {
        return dots / FONT_A_WIDTH;
    }

    /** Parses a configuration value: {@code 58} or {@code 80} (millimetres). */
    public static PaperWidth ofMillimetres(String value) {
        return switch (value.trim()) {
            case "58" -> MM58;
            case "80" -> MM80;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 (mm), was " + value);
        };
    }
}

package org.cleartrade.ui.layout;

import javafx.scene.paint.Color;

/**
 * WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio between two of them
 * (success criteria 1.4.3 and 1.4.11), with what counts as large text.
 */
final class Contrast {

    /** 1.4.3: normal text needs 4.5:1. */
    static final double TEXT = 4.5;

    /** 1.4.3 large text, 1.4.11 non-text (focus indicators): 3:1. */
    static final double LARGE_TEXT = 3.0;

    private Contrast() {}

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** WCAG "large scale": at least 18 pt (24 px), or 14 pt (18.66 px) bold. */
    static boolean large(double sizePx, boolean bold) {
        return sizePx >= 24 || (bold && sizePx >= 18.66);
    }

    /** {@code top} painted with its alpha over the opaque {@code below}. */
    static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(
                top.getRed() * a + below.getRed() * (1 - a),
                top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }
}

package org.cleartrade.core.text;

/**
 * Text that is only what it shows: no control characters (a bell, an escape sequence, a line
 * break inside a name) and no format characters, among them the bidirectional overrides and
 * isolates (U+202A..U+202E, U+2066..U+2069) that make a stored name read differently on screen,
 * on paper and in an export than it is.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether every code point of {@code text} is neither a control nor a format character. */
    public static boolean isPlain(String text) {
        return text.codePoints().allMatch(PlainText::isPlain);
    }

    /** Whether {@code text} is plain and from 1 to {@code maxLength} characters long, not blank. */
    public static boolean isPlainLine(String text, int maxLength) {
        return !text.isBlank() && text.length() <= maxLength && isPlain(text);
    }

    private static boolean isPlain(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT;
    }
}

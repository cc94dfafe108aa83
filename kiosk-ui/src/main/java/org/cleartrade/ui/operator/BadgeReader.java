package org.cleartrade.ui.operator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.core.operator.OperatorAccount;

/**
 * Recognizes a staff badge typed by the keyboard-wedge scanner: {@code CTSTAFF:<operator id>}
 * followed by Enter. The badge only fills in the id; the PIN is still asked, so a lost badge alone
 * opens nothing. Anything else typed is ignored, and the buffer is bounded so garbage cannot grow
 * it.
 *
 * <p>Threading: UI thread only.
 */
final class BadgeReader {

    static final String PREFIX = "CTSTAFF:";
    private static final int MAX = 64;
    private static final Pattern BADGE =
            Pattern.compile(Pattern.quote(PREFIX) + "(" + OperatorAccount.ID_PATTERN + ")");

    private final StringBuilder typed = new StringBuilder();

    /** Feeds one typed character string; returns the operator id when a badge just completed. */
    Optional<String> typed(String character) {
        if (character.equals("\r") || character.equals("\n")) {
            Matcher m = BADGE.matcher(typed);
            boolean complete = m.matches();
            String id = complete ? m.group(1) : null;
            typed.setLength(0);
            return Optional.ofNullable(id);
        }
        typed.append(character);
        if (typed.length() > MAX) {
            typed.delete(0, typed.length() - MAX);
        }
        // Keep only what could still become a badge, so a seller's stray keys do not linger.
        int start = typed.indexOf(PREFIX.substring(0, 1));
        if (start < 0) {
            typed.setLength(0);
        } else if (start > 0) {
            typed.delete(0, start);
        }
        return Optional.empty();
    }
}

package org.cleartrade.pricing.book;

import java.util.List;

/**
 * A price book was refused. The message names each bad entry (line number and the problem); the
 * book it came from is never partly used.
 */
public final class PriceBookException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final List<String> problems;

    public PriceBookException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder text = new StringBuilder("price book ").append(source).append(" refused: ");
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}

package org.cleartrade.pricing.book;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a validated book may replace the one in force: it must be issued later (an old signed
 * book replayed is refused), price the currencies the current one prices, and keep every model of
 * the current book unless it lists that model as retired.
 */
public final class PriceBookSuccession {

    private PriceBookSuccession() {}

    /** @throws PriceBookException naming each problem */
    public static void check(PriceBook current, PriceBook next, String source) throws PriceBookException {
        List<String> problems = new ArrayList<>();
        if (!next.issuedAt().isAfter(current.issuedAt())) {
            problems.add(
                    "issued " + next.issuedAt() + " (" + next.version() + ") is not after the book in force, issued "
                            + current.issuedAt() + " (" + current.version() + ")");
        }
        for (String currency : current.currencies()) {
            if (next.currencyIndex(currency) < 0) {
                problems.add("currency " + currency + " is no longer priced");
            }
        }
        for (CatalogModel model : current.models()) {
            if (next.model(model.id()).isEmpty() && !next.retired().contains(model.id())) {
                problems.add("model " + model.id() + " is missing and not listed as retired");
            }
        }
        if (!problems.isEmpty()) {
            throw new PriceBookException(source, problems);
        }
    }
}

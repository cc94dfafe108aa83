package org.cleartrade.pricing.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a validated book may replace the one in force: it must be issued later (an old signed
 * book replayed is refused), price the currencies the current one prices, keep every model of the
 * current book unless it lists that model as retired, and move no price of a variant both books
 * hold by more than a factor of {@value #MAX_FACTOR} either way (a misplaced decimal point).
 */
public final class PriceBookSuccession {

    /** The largest change of one price between two successive books, up or down. */
    public static final int MAX_FACTOR = 3;

    private static final int SHOWN_PER_MODEL = 3;

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
            Optional<CatalogModel> successor = next.model(model.id());
            if (successor.isEmpty() && !next.retired().contains(model.id())) {
                problems.add("model " + model.id() + " is missing and not listed as retired");
            }
            successor.ifPresent(m -> compareSkus(current, model, next, m, problems));
        }
        if (!problems.isEmpty()) {
            throw new PriceBookException(source, problems);
        }
    }

    private static void compareSkus(
            PriceBook current, CatalogModel before, PriceBook next, CatalogModel after, List<String> problems) {
        int shown = 0;
        for (CatalogModel.Sku old : before.skus().values()) {
            CatalogModel.Sku now = after.skus().get(old.storageGb());
            for (int c = 0; now != null && c < current.currencies().size(); c++) {
                int column = next.currencyIndex(current.currencies().get(c));
                if (column < 0) {
                    continue;
                }
                long was = old.priceMinor(c);
                long is = now.priceMinor(column);
                if ((is > was * MAX_FACTOR || was > is * MAX_FACTOR) && shown++ < SHOWN_PER_MODEL) {
                    problems.add(before.id() + " " + old.storageGb() + " GB "
                            + current.currencies().get(c)
                            + ": price moves from " + was + " to " + is
                            + " minor units, more than a factor of " + MAX_FACTOR);
                }
            }
        }
    }
}

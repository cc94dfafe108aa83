package org.cleartrade.ui.operator;

import java.time.Instant;
import org.cleartrade.backoffice.pricebook.PriceBookStatus;
import org.cleartrade.ui.i18n.UiText;

/** The price book in force, in the operator's words: version, age, source, fleet contact. */
final class PriceBookLine {

    private PriceBookLine() {}

    static String describe(PriceBookStatus status, UiText text, Instant now) {
        StringBuilder line = new StringBuilder(text.get(
                "operator.service.priceBook",
                status.version(),
                text.dateTime(status.issuedAt()),
                String.valueOf(Math.max(0, status.age(now).toDays()))));
        line.append(' ')
                .append(text.get(
                        status.source() == PriceBookStatus.Source.SEED
                                ? "operator.service.priceBook.seed"
                                : "operator.service.priceBook.downloaded"));
        line.append(' ')
                .append(status.lastContact()
                        .map(at -> text.get("operator.service.priceBook.contact", text.dateTime(at)))
                        .orElseGet(() -> text.get("operator.service.priceBook.never")));
        status.lastProblem()
                .ifPresent(problem -> line.append(' ').append(text.get("operator.service.priceBook.problem", problem)));
        return line.toString();
    }
}

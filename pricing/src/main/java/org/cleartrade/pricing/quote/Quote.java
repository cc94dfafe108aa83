package org.cleartrade.pricing.quote;

import java.time.Instant;
import java.util.List;
import org.cleartrade.pricing.grading.Grade;

/**
 * An offer with its breakdown: base price, grade, each deduction, the offer, valid until. The base
 * price minus the deductions is exactly the offer; the last deduction may be the rounding down to
 * the currency's step.
 *
 * @param quoteId the same for the same session, phone, answers, currency and price book
 * @param priceBookVersion the edition of the price book the offer came from
 */
public record Quote(
        String quoteId,
        String modelId,
        String modelName,
        int storageGb,
        Grade grade,
        Money basePrice,
        List<Deduction> deductions,
        Money offer,
        Instant validUntil,
        String priceBookVersion) {
    public Quote {
        deductions = List.copyOf(deductions);
    }

    /** One line of the breakdown, with the reason the seller sees. */
    public record Deduction(String reasonKey, Money amount) {}
}

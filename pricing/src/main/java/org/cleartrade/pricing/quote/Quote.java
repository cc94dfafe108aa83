package org.cleartrade.pricing.quote;

import java.time.Instant;
import java.util.List;
import org.cleartrade.pricing.grading.Grade;

/** An offer with its breakdown: base price, grade, each deduction, the offer, valid until. */
public record Quote(
        String quoteId,
        String modelId,
        String modelName,
        int storageGb,
        Grade grade,
        Money basePrice,
        List<Deduction> deductions,
        Money offer,
        Instant validUntil) {
    public Quote {
        deductions = List.copyOf(deductions);
    }

    /** One line of the breakdown, with the reason the seller sees. */
    public record Deduction(String reasonKey, Money amount) {}
}

package org.cleartrade.pricing.quote;

/** The outcome of asking for a quote: an offer, or a refusal with its reason. */
public sealed interface QuoteDecision {

    record Offer(Quote quote) implements QuoteDecision {}

    record Refusal(RefusalReason reason, String detail) implements QuoteDecision {}

    enum RefusalReason {
        ACCOUNT_LOCKED,
        IMEI_BLOCKED,
        UNSUPPORTED_MODEL,
        NO_VALUE
    }
}

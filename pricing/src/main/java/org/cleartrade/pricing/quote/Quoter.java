package org.cleartrade.pricing.quote;

/** Turns a request into an offer or a refusal, from the current price book. */
public interface Quoter {
    QuoteDecision quote(QuoteRequest request);
}

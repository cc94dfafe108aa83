/**
 * Quotes: a {@link QuoteRequest} turned by a {@link Quoter} into a {@link QuoteDecision}, an offer
 * ({@link Quote}, with its breakdown) or a refusal with its reason. {@link BookQuoter} prices from
 * the book in force and the grading rules, with an injected {@code Clock} for the validity. Amounts
 * are {@link Money} in minor units, never a float, rounded per {@link CurrencyPolicy}. JDK only,
 * like all of {@code pricing} ({@code ModuleArrowsTest}): no I/O or framework, because every module
 * must be able to trust a price and test it alone.
 */
package org.cleartrade.pricing.quote;

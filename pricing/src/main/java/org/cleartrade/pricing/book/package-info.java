/**
 * The price book: the model catalog and its priced storage variants, read and validated from its
 * text form by {@link PriceBookParser} into an immutable {@link PriceBook}, checked against the
 * book in force by {@link PriceBookSuccession} and swapped as a whole in {@link LivePriceBook}. A
 * book that exists has passed every check in {@code docs/pricing.md}; a refused one is a
 * {@link PriceBookException} naming each bad line, and is never partly used. Like all of
 * {@code pricing} it depends on the JDK and its own module only ({@code ModuleArrowsTest}); the
 * shipped seed is read as a class-path resource of the assets module, not through its code.
 */
package org.cleartrade.pricing.book;

/**
 * Published price books: {@link PriceBookShelf} accepts a signed envelope only if it verifies
 * against the fleet key and its book is valid, and serves kiosks the book issued last. The checks
 * are the kiosks' own ({@code backoffice.pricebook.SignedPriceBook.open} and {@code pricing.book}),
 * so the fleet never serves a book its kiosks would refuse.
 */
package org.cleartrade.fleet.pricebook;

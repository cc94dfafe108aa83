/**
 * Signed price books: the envelope ({@link SignedPriceBook}) checked against the fleet's Ed25519
 * key ({@link FleetKey}, the JDK's own Ed25519, no library), kept on disk by
 * {@link PriceBookStore}, refreshed by {@link HttpPriceBookUpdater} (never worse than the last good
 * book) and shown to staff as {@link PriceBookStatus}; {@link PriceBookSealer} is the publisher's
 * tool that seals a book where no fleet service runs. Validation and succession are
 * {@code pricing.book}'s; this package adds only signatures, storage and transport. The fleet
 * reuses the envelope and the key, so the two sides share one wire format.
 */
package org.cleartrade.backoffice.pricebook;

package org.cleartrade.fleet.pricebook;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.pricebook.FleetKey;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.kiosks.AdminAudit;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed price books as published, and the one kiosks are served: the book issued last. An
 * envelope is accepted only if it verifies against the fleet key and its book is valid (the same
 * {@link SignedPriceBook#open} the kiosks run), so the fleet never serves a book its kiosks would
 * refuse. Envelopes are sealed with the existing sealer ({@code PriceBookSealer}, or {@code fleet
 * publish-price-book}, which seals with the fleet key).
 *
 * <p>Threading: safe for concurrent use.
 */
public final class PriceBookShelf {

    private final Jdbi jdbi;
    private final FleetKey fleetKey;
    private final Clock clock;

    public PriceBookShelf(Jdbi jdbi, FleetKey fleetKey, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.fleetKey = Objects.requireNonNull(fleetKey, "fleetKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A stored envelope and its entity tag. */
    public record Shelved(String version, Instant issuedAt, byte[] envelope, String etag) {}

    /** Checks and stores a sealed envelope; a version published before is refused. */
    public Shelved publish(byte[] envelope, String by) {
        PriceBook book;
        try {
            book = SignedPriceBook.open(envelope, "the published envelope", fleetKey);
        } catch (PriceBookException e) {
            throw new ApiException(422, "PRICE_BOOK_REFUSED", String.join("; ", e.problems()));
        }
        String etag = "\"" + RequestSignature.sha256Hex(envelope).substring(0, 32) + "\"";
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            int inserted = handle.createUpdate("INSERT INTO price_books (version, issued_at, envelope, etag,"
                            + " published_by, published_at) VALUES (:version, :issued, :envelope, :etag, :by, :now)"
                            + " ON CONFLICT (version) DO NOTHING")
                    .bind("version", book.version())
                    .bind("issued", book.issuedAt())
                    .bind("envelope", envelope)
                    .bind("etag", etag)
                    .bind("by", by)
                    .bind("now", now)
                    .execute();
            if (inserted == 0) {
                throw new ApiException(
                        409,
                        "VERSION_PUBLISHED",
                        "price book " + book.version() + " was published before; a new book needs a new version");
            }
            AdminAudit.record(
                    handle,
                    now,
                    by,
                    "price-book-published",
                    "version=" + book.version() + " issued=" + book.issuedAt() + " skus=" + book.skuCount());
            return new Shelved(book.version(), book.issuedAt(), envelope.clone(), etag);
        });
    }

    /** The book kiosks should quote from: the one issued last. */
    public Optional<Shelved> current() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT version, issued_at, envelope, etag FROM price_books"
                        + " ORDER BY issued_at DESC, published_at DESC LIMIT 1")
                .map((rs, ctx) -> new Shelved(
                        rs.getString("version"),
                        rs.getObject("issued_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getBytes("envelope"),
                        rs.getString("etag")))
                .findOne());
    }
}

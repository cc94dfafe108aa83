package org.cleartrade.backoffice.pricebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.pricing.book.PriceBook;

/**
 * What the operator screen shows about prices: which book is in force, where it came from, how old
 * it is, when the back office was last reached and what went wrong last.
 *
 * @param lastContact the last time the back office answered with a book or "not modified"
 * @param lastUpdate the last time a downloaded book was put in force
 * @param lastProblem the last refusal or failure, cleared by the next success
 */
public record PriceBookStatus(
        String version,
        Instant issuedAt,
        Optional<String> notice,
        Source source,
        Optional<Instant> lastContact,
        Optional<Instant> lastUpdate,
        Optional<String> lastProblem) {

    public enum Source {
        /** The book shipped with the kiosk software. */
        SEED,
        /** A signed book from the back office. */
        DOWNLOADED
    }

    static PriceBookStatus of(PriceBook book, Source source) {
        return new PriceBookStatus(
                book.version(),
                book.issuedAt(),
                book.notice(),
                source,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** How long ago the book in force was issued. */
    public Duration age(Instant now) {
        return Duration.between(issuedAt, now);
    }

    /** How long the back office has not been reached, or empty when it never was. */
    public Optional<Duration> sinceContact(Instant now) {
        return lastContact.map(at -> Duration.between(at, now));
    }

    PriceBookStatus inForce(PriceBook book, Source newSource, Instant at) {
        return new PriceBookStatus(
                book.version(),
                book.issuedAt(),
                book.notice(),
                newSource,
                Optional.of(at),
                Optional.of(at),
                Optional.empty());
    }

    PriceBookStatus contacted(Instant at) {
        return new PriceBookStatus(version, issuedAt, notice, source, Optional.of(at), lastUpdate, Optional.empty());
    }

    PriceBookStatus problem(String problem) {
        return new PriceBookStatus(version, issuedAt, notice, source, lastContact, lastUpdate, Optional.of(problem));
    }
}

package org.cleartrade.backoffice.pricebook;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookSuccession;

/**
 * Keeps the kiosk's price book current from the back office, and never worse than the last good one.
 *
 * <ol>
 *   <li>At start, {@link #restore()} puts the stored book in force when it verifies and is newer
 *       than the book the kiosk shipped with.
 *   <li>{@link #refresh()} asks {@code GET v1/price-book} with {@code If-None-Match}: a 304 changes
 *       nothing.
 *   <li>A 200 body is read up to the size limit, its Ed25519 signature checked against the fleet key,
 *       the book parsed and validated, and checked as a successor of the book in force (issued later,
 *       no currency lost, no model dropped unless retired).
 *   <li>The envelope is stored atomically, and only then the book is swapped in: quotes see the old
 *       book or the new one, whole.
 * </ol>
 *
 * <p>Any failure leaves the book in force and the stored one alone and is reported in the {@link
 * #status()}; the kiosk quotes from its last good book for as long as it is offline.
 *
 * <p>Threading: {@code restore} and {@code refresh} run one at a time (synchronised); {@code status}
 * may be read from any thread.
 */
public final class HttpPriceBookUpdater {

    private static final System.Logger LOG = System.getLogger(HttpPriceBookUpdater.class.getName());

    /** The longest problem text kept in the status and written to the log. */
    static final int MAX_PROBLEM_TEXT = 1_500;

    private final FleetEndpoint endpoint;
    private final FleetKey key;
    private final LivePriceBook live;
    private final PriceBookStore store;
    private final Clock clock;
    private final long maxBytes;
    private final Duration maxFutureSkew;
    private final AtomicReference<PriceBookStatus> status;
    private Optional<String> etag = Optional.empty();

    /** @param live holds the seed book until a downloaded one replaces it */
    public HttpPriceBookUpdater(
            FleetEndpoint endpoint,
            FleetKey key,
            LivePriceBook live,
            PriceBookStore store,
            Clock clock,
            long maxBytes,
            Duration maxFutureSkew) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.key = Objects.requireNonNull(key, "key");
        this.live = Objects.requireNonNull(live, "live");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBytes = maxBytes;
        this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        this.status = new AtomicReference<>(PriceBookStatus.of(live.get(), PriceBookStatus.Source.SEED));
    }

    public PriceBookStatus status() {
        return status.get();
    }

    /** Puts the stored book in force if it verifies and is newer than the one in force. */
    public synchronized PriceBookStatus restore() {
        String source = store.bookFile().toString();
        try {
            Optional<PriceBookStore.Stored> stored = store.load();
            if (stored.isEmpty()) {
                return status();
            }
            PriceBook book = SignedPriceBook.open(stored.get().envelope(), source, key);
            requireNotAhead(book, source, clock.instant());
            PriceBook current = live.get();
            if (book.issuedAt().isAfter(current.issuedAt())) {
                live.replace(book);
                etag = stored.get().etag();
                status.set(PriceBookStatus.of(book, PriceBookStatus.Source.DOWNLOADED));
                LOG.log(Level.INFO, "price book {0} restored from {1}", book.version(), source);
            } else {
                LOG.log(
                        Level.INFO,
                        "stored price book {0} is not newer than {1}; keeping {1}",
                        book.version(),
                        current.version());
            }
        } catch (IOException e) {
            fail("stored price book unreadable: " + e.getMessage());
        } catch (PriceBookException e) {
            fail("stored price book refused: " + String.join("; ", e.problems()));
        }
        return status();
    }

    /** Asks the back office for a newer book and puts it in force if it passes every check. */
    public synchronized UpdateOutcome refresh() {
        HttpUrl url = endpoint.url("v1/price-book");
        Request.Builder request = new Request.Builder().url(url).get();
        etag.ifPresent(tag -> request.header("If-None-Match", tag));
        Instant now = clock.instant();
        try (Response response = endpoint.call(request.build())) {
            if (response.code() == 304) {
                status.updateAndGet(s -> s.contacted(now));
                return new UpdateOutcome.Unchanged(live.get().version());
            }
            if (response.code() != 200) {
                return unreachable("HTTP " + response.code() + " from " + url);
            }
            byte[] envelope = FleetEndpoint.readBounded(response, maxBytes);
            return consider(envelope, Optional.ofNullable(response.header("ETag")), url.toString(), now);
        } catch (FleetEndpoint.BodyTooLargeException e) {
            return refused(List.of(e.getMessage()));
        } catch (PriceBookException e) {
            return refused(e.problems());
        } catch (IOException e) {
            return unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private UpdateOutcome consider(byte[] envelope, Optional<String> newEtag, String source, Instant now)
            throws PriceBookException, IOException {
        PriceBook next = SignedPriceBook.open(envelope, source, key);
        requireNotAhead(next, source, now);
        PriceBook current = live.get();
        if (next.version().equals(current.version()) && next.issuedAt().equals(current.issuedAt())) {
            etag = newEtag;
            status.updateAndGet(s -> s.contacted(now));
            return new UpdateOutcome.Unchanged(current.version());
        }
        PriceBookSuccession.check(current, next, source);
        store.save(envelope, newEtag);
        live.replace(next);
        etag = newEtag;
        status.updateAndGet(s -> s.inForce(next, PriceBookStatus.Source.DOWNLOADED, now));
        LOG.log(
                Level.INFO,
                "price book {0} in force ({1} SKUs), replacing {2}",
                next.version(),
                next.skuCount(),
                current.version());
        return new UpdateOutcome.Updated(next.version(), next.skuCount());
    }

    /**
     * A book issued further ahead than the allowed skew is refused, stored or downloaded: taken in
     * force, it would make every honest book after it look older ("not after the book in force").
     */
    private void requireNotAhead(PriceBook book, String source, Instant now) throws PriceBookException {
        if (book.issuedAt().isAfter(now.plus(maxFutureSkew))) {
            throw new PriceBookException(
                    source,
                    List.of("issued " + book.issuedAt() + " (" + book.version() + ") is more than " + maxFutureSkew
                            + " ahead of the kiosk's clock (" + now + ")"));
        }
    }

    private UpdateOutcome refused(List<String> problems) {
        fail("refused: " + String.join("; ", problems));
        return new UpdateOutcome.Refused(problems);
    }

    private UpdateOutcome unreachable(String detail) {
        fail("unreachable: " + detail);
        return new UpdateOutcome.Unreachable(detail);
    }

    /** Keeps the status and the log readable however many problems a refused book had. */
    private void fail(String problem) {
        String shown = problem.length() <= MAX_PROBLEM_TEXT
                ? problem
                : problem.substring(0, MAX_PROBLEM_TEXT) + "... (" + (problem.length() - MAX_PROBLEM_TEXT)
                        + " more characters)";
        LOG.log(Level.WARNING, "price book kept ({0}); {1}", live.get().version(), shown);
        status.updateAndGet(s -> s.problem(shown));
    }
}

package org.cleartrade.pricing.book;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The price book in force. Replaced as a whole: a reader sees the old book or the new one, never a
 * mixture, and takes it once per quote.
 *
 * <p>Threading: safe for any number of readers and writers.
 */
public final class LivePriceBook implements Supplier<PriceBook> {

    private final AtomicReference<PriceBook> current;

    public LivePriceBook(PriceBook initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public PriceBook get() {
        return current.get();
    }

    /** Puts {@code next} in force and returns the book it replaced. */
    public PriceBook replace(PriceBook next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}

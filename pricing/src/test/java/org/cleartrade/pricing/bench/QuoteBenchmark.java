package org.cleartrade.pricing.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.cleartrade.pricing.book.CatalogModel;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.quote.BookQuoter;
import org.cleartrade.pricing.quote.QuoteDecision;
import org.cleartrade.pricing.quote.QuoteRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Latency of one quote over the whole seed catalog: every model and storage variant, asked the way
 * a phone identifies itself (a prefix alias such as {@code SM-S911*} asked as {@code SM-S911B}),
 * with conditions and currencies varied, so lookups, grading, rounding and the quote-id hash all run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuoteBenchmark {

    private static final Condition[] CONDITIONS = {
        new Condition(true, Condition.Screen.FLAWLESS, Condition.Body.FLAWLESS, false),
        new Condition(true, Condition.Screen.LIGHT_SCRATCHES, Condition.Body.WORN, false),
        new Condition(true, Condition.Screen.CRACKED, Condition.Body.FLAWLESS, false),
        new Condition(false, Condition.Screen.CRACKED, Condition.Body.DAMAGED, true),
    };
    private static final String[] CURRENCIES = {"USD", "CNY", "EUR"};

    private BookQuoter quoter;
    private QuoteRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        PriceBook book = PriceBooks.loadSeed();
        quoter = new BookQuoter(() -> book, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        List<QuoteRequest> all = new ArrayList<>();
        int i = 0;
        for (CatalogModel model : book.models()) {
            String manufacturer = model.aliases().isEmpty()
                    ? model.brand()
                    : model.aliases().get(0).manufacturer();
            String name = model.aliases().isEmpty()
                    ? model.name()
                    : asReported(model.aliases().get(0).model());
            for (int storage : model.skus().keySet()) {
                all.add(new QuoteRequest(
                        "bench-" + i,
                        manufacturer,
                        name,
                        storage,
                        OptionalInt.of(55 + i % 45),
                        false,
                        false,
                        CONDITIONS[i % CONDITIONS.length],
                        CURRENCIES[i % CURRENCIES.length]));
                i++;
            }
        }
        requests = all.toArray(QuoteRequest[]::new);
        for (QuoteRequest request : requests) {
            if (quoter.quote(request) instanceof QuoteDecision.Refusal refusal
                    && refusal.reason() != QuoteDecision.RefusalReason.NO_VALUE) {
                throw new IllegalStateException(refusal + " for " + request);
            }
        }
    }

    @Benchmark
    public QuoteDecision quote() {
        QuoteRequest request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return quoter.quote(request);
    }

    private static String asReported(String alias) {
        return alias.endsWith("*") ? alias.substring(0, alias.length() - 1) + "B" : alias;
    }
}

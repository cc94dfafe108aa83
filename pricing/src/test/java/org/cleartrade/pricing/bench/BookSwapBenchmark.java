package org.cleartrade.pricing.bench;

import java.util.concurrent.TimeUnit;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookParser;
import org.cleartrade.pricing.book.PriceBookSuccession;
import org.cleartrade.pricing.testing.LargeBooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to parse, validate and put in force a 10,000-SKU book (2,500 models, four storage variants,
 * three currencies, an alias each) against a book in force of the same models. The signature check
 * and the disk write of the back office are measured in {@code backoffice}'s benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BookSwapBenchmark {

    private String nextText;
    private PriceBook current;
    private LivePriceBook live;

    @Setup
    public void setUp() throws PriceBookException {
        current = PriceBookParser.parse("current", LargeBooks.text("2026.10", "2026-10-01T00:00:00Z", 2500));
        nextText = LargeBooks.text("2026.11", "2026-11-01T00:00:00Z", 2500);
        live = new LivePriceBook(current);
        if (PriceBookParser.parse("next", nextText).skuCount() != 10_000) {
            throw new IllegalStateException("the benchmark book must hold 10,000 SKUs");
        }
    }

    @Benchmark
    public PriceBook validateAndSwap() throws PriceBookException {
        PriceBook next = PriceBookParser.parse("next", nextText);
        PriceBookSuccession.check(current, next, "next");
        live.replace(next);
        return live.replace(current);
    }
}

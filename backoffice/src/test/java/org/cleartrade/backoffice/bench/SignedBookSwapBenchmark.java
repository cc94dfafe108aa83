package org.cleartrade.backoffice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cleartrade.backoffice.pricebook.FleetKey;
import org.cleartrade.backoffice.pricebook.PriceBookStore;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookSuccession;
import org.cleartrade.pricing.testing.LargeBooks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The back office's path for a received 10,000-SKU book (2,500 models, four variants, three
 * currencies): envelope, Ed25519 signature, parse and validation, succession check and swap; and the
 * same with the atomic, synced disk write the updater does before the swap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SignedBookSwapBenchmark {

    private byte[] envelope;
    private FleetKey key;
    private PriceBook current;
    private LivePriceBook live;
    private Path folder;
    private PriceBookStore store;

    @Setup
    public void setUp() throws NoSuchAlgorithmException, PriceBookException, IOException {
        KeyPair fleet = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        key = FleetKey.of(fleet.getPublic());
        byte[] currentBook =
                LargeBooks.text("2026.10", "2026-10-01T00:00:00Z", 2500).getBytes(StandardCharsets.UTF_8);
        current = SignedPriceBook.open(SignedPriceBook.seal(currentBook, fleet.getPrivate()), "current", key);
        byte[] nextBook =
                LargeBooks.text("2026.11", "2026-11-01T00:00:00Z", 2500).getBytes(StandardCharsets.UTF_8);
        envelope = SignedPriceBook.seal(nextBook, fleet.getPrivate());
        if (SignedPriceBook.open(envelope, "next", key).skuCount() != 10_000) {
            throw new IllegalStateException("the benchmark book must hold 10,000 SKUs");
        }
        live = new LivePriceBook(current);
        folder = Files.createTempDirectory("price-book-bench");
        store = new PriceBookStore(folder);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public PriceBook verifyValidateAndSwap() throws PriceBookException {
        PriceBook next = SignedPriceBook.open(envelope, "next", key);
        PriceBookSuccession.check(current, next, "next");
        live.replace(next);
        return live.replace(current);
    }

    @Benchmark
    public PriceBook verifyValidateStoreAndSwap() throws PriceBookException, IOException {
        PriceBook next = SignedPriceBook.open(envelope, "next", key);
        PriceBookSuccession.check(current, next, "next");
        store.save(envelope, Optional.of("\"bench\""));
        live.replace(next);
        return live.replace(current);
    }
}

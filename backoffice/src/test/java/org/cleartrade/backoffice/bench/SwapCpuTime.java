package org.cleartrade.backoffice.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import org.cleartrade.backoffice.pricebook.FleetKey;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookSuccession;
import org.cleartrade.pricing.testing.LargeBooks;

/**
 * The same work as {@link SignedBookSwapBenchmark#verifyValidateAndSwap}, timed as thread CPU time
 * next to wall time. On a shared machine the wall time includes waiting for a core; the CPU time is
 * what the swap itself costs. Prints median and p99 of both, in milliseconds.
 *
 * <p>Run: {@code java -cp <backoffice test classpath> org.cleartrade.backoffice.bench.SwapCpuTime [runs]}
 */
public final class SwapCpuTime {

    private SwapCpuTime() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        KeyPair fleet = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        FleetKey key = FleetKey.of(fleet.getPublic());
        PriceBook current = SignedPriceBook.open(
                SignedPriceBook.seal(
                        LargeBooks.text("2026.10", "2026-10-01T00:00:00Z", 2500).getBytes(StandardCharsets.UTF_8),
                        fleet.getPrivate()),
                "current",
                key);
        byte[] envelope = SignedPriceBook.seal(
                LargeBooks.text("2026.11", "2026-11-01T00:00:00Z", 2500).getBytes(StandardCharsets.UTF_8),
                fleet.getPrivate());
        LivePriceBook live = new LivePriceBook(current);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        for (int warmup = 0; warmup < 20; warmup++) {
            swap(envelope, key, current, live);
        }
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            swap(envelope, key, current, live);
            wall[i] = System.nanoTime() - wallStart;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        System.out.printf(
                "10,000-SKU signed book, verify + validate + swap, %d runs: cpu median %.1f ms p99 %.1f ms;"
                        + " wall median %.1f ms p99 %.1f ms%n",
                runs, ms(cpu, 0.50), ms(cpu, 0.99), ms(wall, 0.50), ms(wall, 0.99));
    }

    private static void swap(byte[] envelope, FleetKey key, PriceBook current, LivePriceBook live) throws Exception {
        PriceBook next = SignedPriceBook.open(envelope, "next", key);
        PriceBookSuccession.check(current, next, "next");
        live.replace(next);
        live.replace(current);
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }
}

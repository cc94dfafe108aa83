package org.cleartrade.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerFact.TradeSaved;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ledger.h2.H2Ledger;

/**
 * Measures what one session transition costs the journey: a {@link Durability#BUFFERED} and a
 * {@link Durability#SYNCED} commit of a journal entry with a trade save and an audit link (the
 * shape of the commits around erase, print and latch), on a ledger in a real folder.
 *
 * <p>Usage: {@code CommitBench [commits] [folder] [marked]}; defaults 2,000 of each kind after 500
 * warm-up commits, in a new temp folder (on the disk being measured). With {@code marked} the
 * ledger keeps its mark (in {@code <folder>-keys/ledger.mark}) as a kiosk does, rewritten after
 * every synced commit. Prints median, p99 and max in ms.
 */
public final class CommitBench {
    private final H2Ledger ledger;
    private int session;

    private CommitBench(H2Ledger ledger) {
        this.ledger = ledger;
    }

    public static void main(String[] args) throws IOException {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("cleartrade-bench-");
        boolean marked = args.length > 2 && args[2].equals("marked");
        Path mark = folder.resolveSibling(folder.getFileName() + "-keys").resolve("ledger.mark");
        try (H2Ledger ledger =
                marked ? H2Ledger.open(folder, mark, Clock.systemUTC()) : H2Ledger.open(folder, Clock.systemUTC())) {
            CommitBench bench = new CommitBench(ledger);
            bench.measure(Durability.BUFFERED, 500);
            bench.measure(Durability.SYNCED, 500);
            for (Durability durability : List.of(Durability.BUFFERED, Durability.SYNCED)) {
                long[] nanos = bench.measure(durability, commits);
                System.out.println(summary(durability, nanos));
            }
            System.out.println("folder: " + folder + (marked ? ", marked" : "") + ", java " + Runtime.version());
        }
    }

    private long[] measure(Durability durability, int commits) {
        long[] nanos = new long[commits];
        for (int i = 0; i < commits; i++) {
            String sessionId = "bench-" + durability + "-" + (++session);
            Instant now = Instant.now();
            JournalEntry entry = new JournalEntry(
                    sessionId, 1, now, "QUOTED", "Accepted", "ERASING", "{\"phase\":\"ERASING\"}", false);
            List<LedgerFact> facts =
                    List.of(new TradeSaved(trade(sessionId, now)), new Audited("seller", "accept", sessionId));
            long start = System.nanoTime();
            ledger.commit(entry, facts, durability);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static TradeRecord trade(String sessionId, Instant now) {
        return new TradeRecord(
                "T-" + sessionId,
                sessionId,
                TradeRecord.Status.ACCEPTED,
                "Google",
                "Pixel 7",
                "SER-" + sessionId,
                Optional.empty(),
                "Q-" + sessionId,
                12_500,
                "USD",
                Optional.empty(),
                Optional.empty(),
                false,
                now);
    }

    static String summary(Durability durability, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "%-8s commits: %d, median %.3f ms, p99 %.3f ms, max %.3f ms",
                durability,
                sorted.length,
                millis(sorted[sorted.length / 2]),
                millis(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]),
                millis(sorted[sorted.length - 1]));
    }

    private static double millis(long nanos) {
        return nanos / (double) Duration.ofMillis(1).toNanos();
    }
}

package org.cleartrade.core.session;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The software's own time spent in each phase of one session: the machine, the ledger commit and
 * the effect code, without the time spent waiting inside device calls (dock, latch, printer, block
 * list). Thread-safe.
 */
public final class PhaseTimings {

    private final AtomicLongArray nanos = new AtomicLongArray(Phase.values().length);

    void add(Phase phase, long elapsedNanos) {
        nanos.addAndGet(phase.ordinal(), Math.max(0, elapsedNanos));
    }

    /** Nanoseconds per phase, for the phases that took any time. */
    public Map<Phase, Long> perPhase() {
        Map<Phase, Long> map = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            long n = nanos.get(p.ordinal());
            if (n > 0) {
                map.put(p, n);
            }
        }
        return map;
    }

    public long totalNanos() {
        long total = 0;
        for (int i = 0; i < nanos.length(); i++) {
            total += nanos.get(i);
        }
        return total;
    }
}

package org.cleartrade.ui.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cleartrade.ui.session.InputClock;

/**
 * Input-to-next-screen latency: from a seller's touch leaving the view model to the next snapshot
 * reaching the screen's properties. Shared by every journey so one report covers them all.
 */
final class LatencyRecorder implements InputClock {

    static final List<Long> SAMPLES = Collections.synchronizedList(new ArrayList<>());

    private long pending = -1;

    @Override
    public void inputAt(String event) {
        pending = System.nanoTime();
    }

    @Override
    public void screenShown(String phase) {
        if (pending >= 0) {
            SAMPLES.add(System.nanoTime() - pending);
            pending = -1;
        }
    }

    static long percentileMicros(int p) {
        List<Long> sorted = new ArrayList<>(SAMPLES);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1000;
    }
}

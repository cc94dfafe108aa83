package org.cleartrade.ui.tour;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * A device executor that holds each task until told to run it, so a journey can look at the
 * screen while a device call is "in progress" and then let it answer. Tasks run on the caller.
 */
public final class StepExecutor implements Executor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        queue.add(task);
    }

    /** Runs the oldest waiting task; false when none waits. */
    public boolean runNext() {
        Runnable next;
        synchronized (this) {
            next = queue.poll();
        }
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    public synchronized int waiting() {
        return queue.size();
    }
}

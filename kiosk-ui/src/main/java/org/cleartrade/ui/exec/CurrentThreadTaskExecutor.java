package org.cleartrade.ui.exec;

/**
 * Runs everything at once on the calling thread: view-model tests need no toolkit, and a headless
 * journey advances one step per input with nothing left running behind it.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }

    @Override
    public void runOnUi(Runnable work) {
        work.run();
    }
}

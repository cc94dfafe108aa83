package org.cleartrade.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ui.exec.TaskExecutor;

/** Runs everything at once and counts background tasks, so a test can see work left the UI thread. */
public final class RecordingExecutor implements TaskExecutor {

    private final List<Runnable> background = new ArrayList<>();

    @Override
    public void runInBackground(Runnable work) {
        background.add(work);
        work.run();
    }

    @Override
    public void runOnUi(Runnable work) {
        work.run();
    }

    public int backgroundTasks() {
        return background.size();
    }
}

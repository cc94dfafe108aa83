package org.cleartrade.ui.exec;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * One background thread for device and ledger work, so calls reach the devices in the order the
 * seller made them, and {@link Platform#runLater} back to the UI.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-devices");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void runInBackground(Runnable work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "background task failed", e);
            }
        });
    }

    @Override
    public void runOnUi(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.log(Level.WARNING, "device work still running at shutdown; interrupting it");
            worker.shutdownNow();
        }
    }
}

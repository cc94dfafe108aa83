package org.cleartrade.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once, on a thread of its own, so that the window system and the
 * graphics pipeline come up while the kiosk reads its configuration and jurisdiction profile: on
 * the kiosk PC that overlap is most of what a start costs beyond a bare window.
 */
final class EarlyToolkit {

    private static final AtomicBoolean BEGUN = new AtomicBoolean();
    private static final CompletableFuture<Void> STARTED = new CompletableFuture<>();

    private EarlyToolkit() {}

    /** Starts the toolkit in the background; later calls do nothing. */
    static void begin() {
        if (!BEGUN.compareAndSet(false, true)) {
            return;
        }
        Platform.setImplicitExit(false);
        Thread starter = new Thread(
                () -> {
                    try {
                        Platform.startup(() -> STARTED.complete(null));
                    } catch (RuntimeException | Error e) {
                        STARTED.completeExceptionally(e);
                    }
                },
                "fx-toolkit-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Runs {@code task} on the FX thread once the toolkit is up, starting it if {@link #begin} was
     * not called.
     *
     * @throws IllegalStateException when the toolkit cannot start (no display, no graphics)
     */
    static void runOnFx(Runnable task) {
        begin();
        try {
            STARTED.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "the display could not be opened: " + e.getCause().getMessage(), e.getCause());
        }
        Platform.runLater(task);
    }
}

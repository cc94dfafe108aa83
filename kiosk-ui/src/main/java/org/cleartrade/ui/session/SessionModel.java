package org.cleartrade.ui.session;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.exec.TaskExecutor;

/**
 * The session snapshot as a property view models bind to. Snapshots arrive on any thread and are
 * set on the UI thread; seller events leave through the background executor, so a button press
 * returns at once and the next screen appears when the session publishes its next snapshot.
 *
 * <p>Threading: {@link #snapshotProperty()} and {@link #send} on the UI thread only.
 */
public final class SessionModel {

    private final ReadOnlyObjectWrapper<SessionSnapshot> snapshot;
    private final SessionPort port;
    private final TaskExecutor executor;
    private final InputClock inputClock;

    public SessionModel(SessionPort port, TaskExecutor executor, InputClock inputClock) {
        this.port = port;
        this.executor = executor;
        this.inputClock = inputClock;
        this.snapshot = new ReadOnlyObjectWrapper<>(port.current());
        port.subscribe(s -> executor.runOnUi(() -> publish(s)));
    }

    public ReadOnlyObjectProperty<SessionSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public SessionSnapshot snapshot() {
        return snapshot.get();
    }

    /** Sends a seller event off the UI thread. */
    public void send(SessionEvent.SellerEvent event) {
        inputClock.inputAt(event.journalName());
        executor.runInBackground(() -> port.send(event));
    }

    /**
     * Works out a seller event in the background (decoding a barcode, for example) and sends it,
     * so the UI thread never does the heavy part.
     */
    public void sendComputed(String what, Supplier<? extends SessionEvent.SellerEvent> event) {
        inputClock.inputAt(what);
        executor.runInBackground(() -> port.send(event.get()));
    }

    private void publish(SessionSnapshot next) {
        SessionSnapshot previous = snapshot.get();
        // Snapshots from a background thread can overtake each other on the way to the UI queue.
        if (previous != null && previous.sessionId().equals(next.sessionId()) && next.seq() < previous.seq()) {
            return;
        }
        snapshot.set(next);
        inputClock.screenShown(next.phase().name());
    }
}

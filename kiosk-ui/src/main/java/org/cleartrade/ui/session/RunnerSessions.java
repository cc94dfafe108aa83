package org.cleartrade.ui.session;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionListener;
import org.cleartrade.core.session.SessionRecovery;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * The kiosk's seat: one {@link SessionRunner} at a time, and a fresh one on the attract screen once
 * a session has ended and its last screen has been read (the seller presses Finish, or after
 * {@code finalScreenHold}). A session that ends waiting for staff stays on screen until an
 * operator starts the next one.
 *
 * <p>Threading: snapshots arrive on the runner's threads and go to subscribers as they are; {@link
 * #send} may block on devices and is called off the UI thread.
 */
public final class RunnerSessions implements SessionPort {

    private static final System.Logger LOG = System.getLogger(RunnerSessions.class.getName());

    private final Function<SessionListener, SessionRunner> newSession;
    private final Scheduler scheduler;
    private final Duration finalScreenHold;
    private final List<Consumer<SessionSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile SessionRunner runner;

    /**
     * @param newSession builds a runner for a new session that reports to the given listener
     * @param finalScreenHold how long a completed or ended session's last screen stays up
     */
    public RunnerSessions(
            Function<SessionListener, SessionRunner> newSession, Scheduler scheduler, Duration finalScreenHold) {
        this.newSession = newSession;
        this.scheduler = scheduler;
        this.finalScreenHold = finalScreenHold;
    }

    /** Shows the session resumed after a restart, if any; otherwise starts the first session. */
    public synchronized void start(Optional<SessionRecovery.Resumed> resumed) {
        if (resumed.isEmpty()) {
            startNext();
            return;
        }
        runner = resumed.get().runner();
        resumed.get().resumption().whenComplete((s, e) -> {
            if (e != null) {
                LOG.log(Level.ERROR, "resuming the interrupted session failed; starting a new one", e);
                startNext();
            }
        });
    }

    /** Ends the shown session's screen and starts a new session on the attract screen. */
    public synchronized void startNext() {
        SessionRunner next = newSession.apply(this::publish);
        runner = next;
        next.begin();
    }

    /** Starts the next session if the current one has ended; used by the Finish button. */
    public synchronized void finish() {
        if (runner.snapshot().phase().isFinal()) {
            startNext();
        }
    }

    /** The listener a runner built elsewhere (a session resumed after a restart) reports to. */
    public SessionListener listener() {
        return this::publish;
    }

    @Override
    public SessionSnapshot current() {
        return runner.snapshot();
    }

    @Override
    public void subscribe(Consumer<SessionSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void send(SessionEvent.SellerEvent event) {
        SessionRunner target = runner;
        try {
            target.submit(event).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalStateException) {
                // A second tap after the screen already moved on: the session ignores it by design.
                LOG.log(
                        Level.DEBUG,
                        "ignored {0}: {1}",
                        event.journalName(),
                        e.getCause().getMessage());
            } else {
                LOG.log(Level.ERROR, "session refused " + event.journalName(), e.getCause());
            }
        }
    }

    private void publish(SessionSnapshot snapshot) {
        SessionRunner shown = runner;
        if (shown != null && !shown.snapshot().sessionId().equals(snapshot.sessionId())) {
            return; // a late snapshot of a session that is no longer on screen
        }
        for (Consumer<SessionSnapshot> l : listeners) {
            l.accept(snapshot);
        }
        if (snapshot.phase() == Phase.COMPLETED || snapshot.phase() == Phase.ENDED) {
            String id = snapshot.sessionId();
            scheduler.schedule(finalScreenHold, () -> {
                synchronized (this) {
                    if (runner.snapshot().sessionId().equals(id)) {
                        startNext();
                    }
                }
            });
        }
    }
}

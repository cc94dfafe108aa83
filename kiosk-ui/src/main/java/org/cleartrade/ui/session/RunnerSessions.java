package org.cleartrade.ui.session;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
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
 * {@code finalScreenHold}). A session that ends waiting for staff stays on screen until staff are
 * done with the kiosk ({@link #afterStaff}), or hand it to a continuation of an interrupted trade
 * ({@link #continueTrade}).
 *
 * <p>Threading: snapshots arrive on the runner's threads and go to subscribers as they are; {@link
 * #send} may block on devices and is called off the UI thread.
 */
public final class RunnerSessions implements SessionPort {

    private static final System.Logger LOG = System.getLogger(RunnerSessions.class.getName());

    private final Runners runners;
    private final Scheduler scheduler;
    private final Duration finalScreenHold;
    private final List<Consumer<SessionSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> ledgerFailed = new CopyOnWriteArrayList<>();
    private final SessionListener listener = new SessionListener() {
        @Override
        public void onSnapshot(SessionSnapshot snapshot) {
            publish(snapshot);
        }

        @Override
        public void onLedgerFailed(String reason) {
            ledgerFailed.forEach(action -> action.accept(reason));
        }
    };
    private volatile SessionRunner runner;
    private volatile BooleanSupplier held = () -> false;

    /** How the seat builds its runners; the composition root wires the ports. */
    public interface Runners {
        /** A runner for a new session on the attract screen, reporting to {@code listener}. */
        SessionRunner fresh(SessionListener listener);

        /** A runner that continues from {@code snapshot} once it is resumed. */
        SessionRunner from(SessionSnapshot snapshot, SessionListener listener);
    }

    /** @param finalScreenHold how long a completed or ended session's last screen stays up */
    public RunnerSessions(Runners runners, Scheduler scheduler, Duration finalScreenHold) {
        this.runners = runners;
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
        SessionRunner next = runners.fresh(listener);
        runner = next;
        next.begin();
    }

    /** Starts the next session if the current one has ended; used by the Finish button. */
    public synchronized void finish() {
        if (runner != null && runner.snapshot().phase().isFinal()) {
            startNext();
        }
    }

    /**
     * Staff are done with the kiosk: a session that ended waiting for them gives way to the attract
     * screen for the next seller. A session still running is left alone.
     */
    public void afterStaff() {
        finish();
    }

    /**
     * Staff finish an interrupted trade on the kiosk (see {@code StaffContinuation}): the seat runs
     * the continuation from its first snapshot, through the seller screens. Only taken while no
     * seller is mid-journey: the seat shows the attract screen or a session that has ended.
     *
     * @return the continuation's resumption, which fails when it could not be committed
     * @throws IllegalStateException when a seller's session is running
     */
    public synchronized CompletableFuture<SessionSnapshot> continueTrade(SessionSnapshot continuation) {
        SessionSnapshot shown = runner == null ? null : runner.snapshot();
        if (shown != null && shown.phase() != Phase.ATTRACT && !shown.phase().isFinal()) {
            throw new IllegalStateException("phase: " + shown.phase() + ", a seller is using the kiosk");
        }
        SessionRunner next = runners.from(continuation, listener);
        runner = next;
        CompletableFuture<SessionSnapshot> resumed = next.resume();
        resumed.whenComplete((s, e) -> {
            if (e != null) {
                LOG.log(Level.ERROR, "the staff continuation " + continuation.sessionId() + " could not start", e);
                startNext();
            }
        });
        return resumed;
    }

    /** The listener a runner built elsewhere (a session resumed after a restart) reports to. */
    public SessionListener listener() {
        return listener;
    }

    /**
     * Called once, with the reason, when a session's ledger failed for good (see {@link
     * SessionListener#onLedgerFailed}): the kiosk cannot trade until it is restarted.
     */
    public void onLedgerFailed(Consumer<String> action) {
        ledgerFailed.add(action);
    }

    /**
     * While {@code held} answers true (a device problem holds trading), a seller's {@code Start} is
     * refused here, whatever screen sent it: no session leaves the attract screen. A session
     * already under way is not affected.
     */
    public void holdStartsWhile(BooleanSupplier held) {
        this.held = held;
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
        if (event instanceof SessionEvent.Start && held.getAsBoolean()) {
            LOG.log(Level.INFO, "a seller tapped start while a device problem holds trading; not started");
            return;
        }
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

package org.cleartrade.core.session;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.machine.DurableCommit;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.latch.BinStatus;

/**
 * Drives one {@link SessionMachine}: feeds it events one at a time, commits each transition to the
 * ledger with its facts under the {@link DurableCommit} rule (synced first when an effect is
 * physical; rolled back when the commit fails), publishes the snapshot, then
 * runs the transition's effects on the device executor and feeds their answers back.
 *
 * <p>Lifecycle:
 *
 * <ol>
 *   <li>{@link #begin()} arms the current phase (its timer, its dock or bin watch); a session
 *       restored from the journal is started with {@link #resume()} instead.
 *   <li>Seller events arrive through {@link #submit}; device answers, timeouts and watch readings
 *       arrive from the executor and the scheduler, each tagged with the phase entry it belongs to.
 *       Answers for a phase the session has already left (the seller cancelled while the dock was
 *       inspecting) are dropped.
 *   <li>When the machine reaches a final phase, timers and watches stop, the dock is told to
 *       {@linkplain org.cleartrade.ports.dock.PhoneDock#release release} the phone, and {@link
 *       #finished()} completes.
 * </ol>
 *
 * <p>Threading: events are serialized through one queue; whichever thread submits while no other
 * is draining processes the queue. The listener and the machine therefore never run concurrently.
 * A ledger failure rolls the machine back to the snapshot before the event: nothing physical happens
 * on a decision the ledger did not keep. A refusal ({@link LedgerRefusedException}, a broken rule)
 * fails that event's future. Any other failure (a disk error, a full disk) is retried with the same
 * event after {@link #RETRY_DELAYS}; if the last retry fails too, the session is out of service: the
 * listener is told once ({@link SessionListener#onLedgerFailed}), every later event fails at once
 * without touching the ledger, and the failure is logged once, when it starts and when it is given
 * up, never per event.
 */
public final class SessionRunner {

    private static final System.Logger LOG = System.getLogger(SessionRunner.class.getName());

    /** How long to wait before each retry of a commit that failed; then the session gives up. */
    static final List<Duration> RETRY_DELAYS =
            List.of(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(4));

    private final SessionMachine machine;
    private final SessionPorts ports;
    private final Executor devices;
    private final Scheduler scheduler;
    private final SessionListener listener;
    private final EffectExecutor effects;
    private final PhaseTimings timings = new PhaseTimings();
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CompletableFuture<SessionSnapshot> finished = new CompletableFuture<>();
    private volatile SessionSnapshot current;
    private Scheduler.Cancellable timer = () -> {};
    private volatile Optional<String> outOfService = Optional.empty();
    private volatile long watchWarnedFor = -1;

    /**
     * @param tried the transition of the last attempt whose commit failed: a retry first asks the
     *     ledger whether that commit landed after all
     */
    private record Pending(
            SessionEvent event,
            Optional<Long> phaseEntrySeq,
            CompletableFuture<SessionSnapshot> done,
            int attempt,
            Optional<Transition> tried) {
        Pending retried(Transition failed) {
            return new Pending(event, phaseEntrySeq, done, attempt + 1, Optional.of(failed));
        }
    }

    public SessionRunner(
            SessionMachine machine,
            SessionPorts ports,
            Executor devices,
            Scheduler scheduler,
            SessionListener listener) {
        this(machine, ports, devices, scheduler, listener, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * @param pause how a device call waits for a device to move (the latch's bolt); simulated runs
     *     pass one that advances their virtual clock
     */
    public SessionRunner(
            SessionMachine machine,
            SessionPorts ports,
            Executor devices,
            Scheduler scheduler,
            SessionListener listener,
            DevicePause pause) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.effects = new EffectExecutor(
                ports, machine.settings(), pause, machine.profile().blockListOutage());
        this.current = machine.snapshot();
    }

    /** Publishes the current snapshot and arms its phase. */
    public void begin() {
        listener.onSnapshot(current);
        arm(null, current);
    }

    /** Continues a session restored from the journal after a restart. */
    public CompletableFuture<SessionSnapshot> resume() {
        return enqueue(new SessionEvent.Resumed(), Optional.empty());
    }

    /**
     * Feeds a seller event. The future completes with the snapshot after the event, or fails with
     * {@link IllegalStateException} when the event does not fit the phase (a late double tap) or
     * with the ledger's exception when the transition could not be committed.
     */
    public CompletableFuture<SessionSnapshot> submit(SessionEvent.SellerEvent event) {
        return enqueue(event, Optional.empty());
    }

    /** The latest published snapshot. */
    public SessionSnapshot snapshot() {
        return current;
    }

    /** Completes with the final snapshot once the session has ended. */
    public CompletableFuture<SessionSnapshot> finished() {
        return finished;
    }

    public PhaseTimings timings() {
        return timings;
    }

    private CompletableFuture<SessionSnapshot> enqueue(SessionEvent event, Optional<Long> phaseEntrySeq) {
        CompletableFuture<SessionSnapshot> done = new CompletableFuture<>();
        queue.add(new Pending(event, phaseEntrySeq, done, 0, Optional.empty()));
        drain();
        return done;
    }

    private void drain() {
        while (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                Pending next;
                while ((next = queue.poll()) != null) {
                    process(next);
                }
            } finally {
                draining.set(false);
            }
        }
    }

    private void process(Pending pending) {
        if (outOfService.isPresent()) {
            pending.done().completeExceptionally(new LedgerException(outOfService.get()));
            return;
        }
        SessionSnapshot before = machine.snapshot();
        if (pending.phaseEntrySeq().isPresent() && pending.phaseEntrySeq().get() != before.phaseEntrySeq()
                || before.phase().isFinal() && pending.phaseEntrySeq().isPresent()) {
            // An answer, timeout or reading for a phase the session already left.
            pending.done().complete(before);
            return;
        }
        long start = System.nanoTime();
        if (pending.tried().isPresent()) {
            Retry retry = landedCommit(pending, pending.tried().get());
            if (retry == Retry.TAKEN) {
                proceed(pending, pending.tried().get(), before, start);
            }
            if (retry != Retry.COMMIT_AGAIN) {
                return;
            }
        }
        Transition transition;
        try {
            transition = machine.on(pending.event());
        } catch (RuntimeException e) {
            pending.done().completeExceptionally(e);
            return;
        }
        try {
            DurableCommit.commit(ports.ledger(), transition, () -> machine.rollback(transition));
        } catch (RuntimeException e) {
            commitFailed(pending, transition, e);
            return;
        }
        proceed(pending, transition, before, start);
    }

    /**
     * A retry after a failed commit: did that commit land anyway (its sync or the ledger mark failed
     * after the write)? Then it is not committed again: the ledger is asked to make it durable, the
     * machine takes the landed transition back, and the session carries on from it. A journal that
     * holds another entry at that place puts the session out of service: it no longer knows where
     * it is, and a restart resumes it from the journal.
     *
     */
    private Retry landedCommit(Pending pending, Transition tried) {
        JournalEntry wanted = tried.journalEntry();
        Optional<JournalEntry> there;
        try {
            there = ports.ledger().journal(wanted.sessionId()).stream()
                    .filter(e -> e.seq() == wanted.seq())
                    .findFirst();
        } catch (RuntimeException e) {
            commitFailed(pending, tried, e);
            return Retry.HANDLED;
        }
        if (there.isEmpty()) {
            return Retry.COMMIT_AGAIN;
        }
        if (!sameDecision(there.get(), wanted)) {
            giveUp(
                    pending,
                    "session " + wanted.sessionId() + ": the journal holds another entry at seq " + wanted.seq()
                            + " (" + there.get().toPhase() + ") than the one this session tried ("
                            + wanted.toPhase() + "); the session is out of service",
                    new LedgerRefusedException("journal seq " + wanted.seq() + " is taken"));
            return Retry.HANDLED;
        }
        try {
            ports.ledger().makeDurable();
        } catch (RuntimeException e) {
            commitFailed(pending, tried, e);
            return Retry.HANDLED;
        }
        machine.redo(tried);
        LOG.log(
                Level.WARNING,
                () -> "session " + wanted.sessionId() + ": seq " + wanted.seq() + " (" + wanted.toPhase()
                        + ") had landed before its commit failed; made durable, not committed again");
        return Retry.TAKEN;
    }

    /** What a retry found: the failed commit landed and was taken, it did not land, or it failed again. */
    private enum Retry {
        TAKEN,
        COMMIT_AGAIN,
        HANDLED
    }

    private static boolean sameDecision(JournalEntry a, JournalEntry b) {
        return a.event().equals(b.event())
                && a.fromPhase().equals(b.fromPhase())
                && a.toPhase().equals(b.toPhase())
                && a.snapshot().equals(b.snapshot());
    }

    /** The transition is in the ledger: publish it, arm the phase, run its effects. */
    private void proceed(Pending pending, Transition transition, SessionSnapshot before, long start) {
        SessionSnapshot after = transition.to();
        current = after;
        arm(before, after);
        timings.add(before.phase(), System.nanoTime() - start);
        listener.onSnapshot(after);
        pending.done().complete(after);
        for (Effect effect : transition.effects()) {
            devices.execute(() -> runEffect(effect, after));
        }
        if (after.phase().isFinal()) {
            devices.execute(() -> releaseDock(after));
            finished.complete(after);
        }
    }

    /**
     * However the session ended, the dock lets go of the phone on its cable (an iPhone forgets the
     * kiosk and its pair record is deleted): no trust in the seller's phone outlives the session.
     */
    private void releaseDock(SessionSnapshot end) {
        try {
            ports.dock().release();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, () -> "session " + end.sessionId() + ": the dock could not release the phone: " + e);
        }
    }

    /**
     * A refusal fails the event; a storage failure is retried after the next delay, and after the
     * last one puts the session out of service.
     */
    private void commitFailed(Pending pending, Transition transition, RuntimeException e) {
        String what = "session " + machine.snapshot().sessionId() + ": ledger failed "
                + transition.journalEntry().toPhase();
        if (e instanceof LedgerRefusedException) {
            LOG.log(Level.ERROR, () -> what + ", refused: " + e);
            pending.done().completeExceptionally(e);
            return;
        }
        if (pending.attempt() < RETRY_DELAYS.size()) {
            if (pending.attempt() == 0) {
                LOG.log(Level.WARNING, () -> what + "; retrying " + RETRY_DELAYS.size() + " times: " + e);
            }
            scheduler.schedule(RETRY_DELAYS.get(pending.attempt()), () -> {
                queue.add(pending.retried(transition));
                drain();
            });
            return;
        }
        giveUp(
                pending,
                what + " and " + RETRY_DELAYS.size() + " retries failed; the session is out of service: "
                        + e.getMessage(),
                e);
    }

    /** The session stops writing and doing: the listener is told once, the reason logged once. */
    private void giveUp(Pending pending, String reason, RuntimeException e) {
        LOG.log(Level.ERROR, reason, e);
        outOfService = Optional.of(reason);
        timer.cancel();
        pending.done().completeExceptionally(e);
        listener.onLedgerFailed(reason);
    }

    /** Why the session stopped taking events, once its ledger failed for good. */
    public Optional<String> outOfService() {
        return outOfService;
    }

    /**
     * Runs an effect on the snapshot it was committed with: an event that came in meanwhile (a
     * language change) must not change what a physical act does. Its answer is tagged with that
     * snapshot's phase entry.
     */
    private void runEffect(Effect effect, SessionSnapshot committed) {
        long start = System.nanoTime();
        EffectExecutor.Outcome outcome = effects.execute(effect, committed);
        timings.add(committed.phase(), System.nanoTime() - start - outcome.deviceNanos());
        enqueue(outcome.event(), Optional.of(committed.phaseEntrySeq()));
    }

    /**
     * Restarts the timer and the watches when the transition entered a phase, and the timer alone
     * when the phase moved its own deadline (the deposit countdown). Each timeout names the
     * deadline it was armed for, so one that fires just as the deadline moves is dropped.
     */
    private void arm(SessionSnapshot before, SessionSnapshot s) {
        boolean entered = s.seq() == s.phaseEntrySeq() || s.seq() == 0;
        if (!entered && before != null && before.deadline().equals(s.deadline())) {
            return;
        }
        timer.cancel();
        timer = () -> {};
        if (s.phase().isFinal()) {
            return;
        }
        long token = s.phaseEntrySeq();
        s.deadline().ifPresent(deadline -> {
            Duration delay = Duration.between(machine.now(), deadline);
            timer = scheduler.schedule(
                    delay.isNegative() ? Duration.ZERO : delay,
                    () -> enqueue(new SessionEvent.Timeout(token, Optional.of(deadline)), Optional.of(token)));
        });
        if (entered && (s.phase().watchesDock() || s.phase().watchesBin())) {
            scheduler.schedule(Duration.ZERO, () -> devices.execute(() -> poll(token)));
        }
    }

    /** Reads the watched device; reports a change; polls again while the phase lasts. */
    private void poll(long token) {
        SessionSnapshot s = current;
        if (s.phaseEntrySeq() != token || s.phase().isFinal() || outOfService.isPresent()) {
            return;
        }
        try {
            if (s.phase().watchesDock()) {
                DockStatus status = ports.dock().status();
                if (!status.equals(s.phone().dock())) {
                    enqueue(new SessionEvent.DockChanged(status), Optional.of(token));
                }
            } else if (s.trade().deposit().bin().isPresent()) {
                BinStatus status =
                        ports.latch().status(s.trade().deposit().bin().getAsInt());
                if (!Optional.of(status).equals(s.trade().deposit().lastStatus())) {
                    enqueue(new SessionEvent.BinChanged(status), Optional.of(token));
                }
            }
        } catch (RuntimeException e) {
            // A failed reading is retried at the next poll; the phase's timeout bounds the wait. It is
            // logged once per phase, not once per poll.
            if (watchWarnedFor != token) {
                watchWarnedFor = token;
                LOG.log(
                        Level.WARNING,
                        () -> "session " + s.sessionId() + ": watching " + s.phase() + " failed"
                                + " (logged once while in this phase): " + e);
            }
        }
        SessionSnapshot now = current;
        if (now.phaseEntrySeq() == token && !now.phase().isFinal()) {
            scheduler.schedule(machine.settings().pollInterval(), () -> devices.execute(() -> poll(token)));
        }
    }
}

package org.cleartrade.core.session;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.JournalEntry;

/**
 * The restart step: reads every open session from the ledger, decodes its last snapshot and
 * resumes it with {@link SessionEvent.Resumed} (see {@link Resumption} for where each phase
 * continues). A journal entry whose snapshot cannot be decoded is reported, never guessed at: the
 * session stays open in the journal for staff to resolve.
 */
public final class SessionRecovery {

    private static final System.Logger LOG = System.getLogger(SessionRecovery.class.getName());

    /**
     * A session resumed after a restart: its runner, and the {@code Resumed} transition, which
     * fails when it could not be committed (the session then stays open in the journal).
     */
    public record Resumed(SessionRunner runner, CompletableFuture<SessionSnapshot> resumption) {}

    /** What recovery did: the resumed sessions, oldest first, and the sessions it could not read. */
    public record Result(List<Resumed> resumed, List<String> unreadable) {
        public List<SessionRunner> runners() {
            return resumed.stream().map(Resumed::runner).toList();
        }
    }

    private final Function<String, JurisdictionProfile> profiles;
    private final SessionSettings settings;
    private final Clock clock;
    private final SessionPorts ports;
    private final Executor devices;
    private final Scheduler scheduler;
    private final DevicePause pause;

    public SessionRecovery(
            Function<String, JurisdictionProfile> profiles,
            SessionSettings settings,
            Clock clock,
            SessionPorts ports,
            Executor devices,
            Scheduler scheduler,
            DevicePause pause) {
        this.profiles = profiles;
        this.settings = settings;
        this.clock = clock;
        this.ports = ports;
        this.devices = devices;
        this.scheduler = scheduler;
        this.pause = pause;
    }

    /** Resumes every open session; {@code listeners} gives each resumed session its listener. */
    public Result resumeAll(Function<String, SessionListener> listeners) {
        List<Resumed> resumed = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JournalEntry entry : ports.ledger().openSessions()) {
            SessionSnapshot snapshot;
            try {
                snapshot = SnapshotCodec.decode(entry.snapshot());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.ERROR, () -> "session " + entry.sessionId() + " cannot be resumed: " + e.getMessage());
                unreadable.add(entry.sessionId() + ": " + e.getMessage());
                continue;
            }
            SessionMachine machine =
                    new SessionMachine(profiles.apply(snapshot.jurisdiction()), settings, clock, snapshot);
            SessionRunner runner =
                    new SessionRunner(machine, ports, devices, scheduler, listeners.apply(entry.sessionId()), pause);
            CompletableFuture<SessionSnapshot> resumption = runner.resume();
            resumption.whenComplete((after, failure) -> {
                if (failure != null) {
                    LOG.log(Level.ERROR, "session " + entry.sessionId() + " could not be resumed", failure);
                }
            });
            resumed.add(new Resumed(runner, resumption));
        }
        return new Result(resumed, unreadable);
    }
}

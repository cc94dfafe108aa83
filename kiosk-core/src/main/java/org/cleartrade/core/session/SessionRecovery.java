package org.cleartrade.core.session;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;

/**
 * The restart step: reads every open session from the ledger, decodes its last snapshot and
 * resumes it with {@link SessionEvent.Resumed} (see {@link Resumption} for where each phase
 * continues). A journal entry whose snapshot cannot be decoded is reported, never guessed at: the
 * session ends in {@link Phase#OPERATOR_NEEDED} with an alert for staff to check the dock and bins.
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
                LOG.log(
                        Level.ERROR,
                        () -> "session " + entry.sessionId() + " cannot be read (" + e.getMessage()
                                + "); ending it with an alert for staff");
                unreadable.add(entry.sessionId() + ": " + e.getMessage());
                handToStaff(entry, e.getMessage());
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

    /**
     * Ends a session the kiosk cannot read with an operator alert. Nothing about the phone or the
     * bin is guessed: the alert asks staff to check both, and the journal keeps the last snapshot
     * as it was. If even this commit fails the session stays open and is tried again next start.
     */
    private void handToStaff(JournalEntry last, String problem) {
        Instant now = clock.instant();
        OperatorAlert.Kind kind = OperatorAlert.Kind.INTERRUPTED_SESSION;
        String detail = "restarted in " + last.toPhase() + "; the journal cannot be read (" + problem
                + "); check the dock and the bins";
        try {
            ports.ledger()
                    .commit(
                            new JournalEntry(
                                    last.sessionId(),
                                    last.seq() + 1,
                                    now,
                                    last.toPhase(),
                                    "Unreadable",
                                    Phase.OPERATOR_NEEDED.name(),
                                    last.snapshot(),
                                    true),
                            List.of(
                                    new LedgerFact.AlertRaised(
                                            last.sessionId() + "#unreadable",
                                            kind.name(),
                                            last.sessionId(),
                                            OptionalInt.empty(),
                                            Optional.empty(),
                                            detail,
                                            now),
                                    new LedgerFact.Audited("kiosk", "alert", kind + ": " + detail)),
                            Ledger.Durability.SYNCED);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "session " + last.sessionId() + " could not be handed to staff; it stays open", e);
        }
    }
}

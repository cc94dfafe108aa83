package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.testing.InMemoryLedger;
import org.junit.jupiter.api.Test;

/** A commit the ledger could not make: retried, then the session goes out of service, never frozen. */
class SessionRunnerLedgerFailureTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final List<String> outOfService = new ArrayList<>();

    private SessionRunner runner() {
        SessionPorts ports = SimulatedSessionPorts.with(ledger, time, s -> {
            throw new AssertionError("no certificate here");
        });
        SessionRunner runner = new SessionRunner(
                SessionMachine.start(
                        "S-F", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock()),
                ports,
                Runnable::run,
                time,
                new SessionListener() {
                    @Override
                    public void onSnapshot(SessionSnapshot snapshot) {}

                    @Override
                    public void onLedgerFailed(String reason) {
                        outOfService.add(reason);
                    }
                },
                time::pause);
        runner.begin();
        return runner;
    }

    @Test
    void aCommitThatFailsOnceIsRetriedAndTheSessionGoesOn() {
        SessionRunner runner = runner();
        ledger.failNextCommit(new LedgerException("disk error"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());
        assertThat(started).isNotDone();
        time.advance(Duration.ofMillis(250));

        assertThat(started).isCompleted();
        assertThat(started.join().phase()).isNotEqualTo(Phase.ATTRACT);
        assertThat(ledger.journal("S-F")).hasSize(1);
        assertThat(outOfService).isEmpty();
    }

    @Test
    void aLedgerThatKeepsFailingPutsTheSessionOutOfServiceOnceAndStopsWritingToIt() {
        SessionRunner runner = runner();
        ledger.failNextCommits(100, new LedgerException("The database has been closed"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());
        time.advance(Duration.ofSeconds(10));

        assertThat(started).isCompletedExceptionally();
        assertThat(ledger.commitAttempts()).isEqualTo(1 + SessionRunner.RETRY_DELAYS.size());
        assertThat(outOfService).singleElement().asString().contains("out of service");
        assertThat(runner.outOfService()).isPresent();

        CompletableFuture<SessionSnapshot> again = runner.submit(new SessionEvent.Start());
        time.advance(Duration.ofMinutes(5));

        assertThat(again).isCompletedExceptionally();
        assertThat(ledger.commitAttempts()).isEqualTo(1 + SessionRunner.RETRY_DELAYS.size());
        assertThat(outOfService).hasSize(1);
    }

    @Test
    void aCommitThatLandedButWhoseSyncFailedIsMadeDurableNotCommittedTwiceAndTheSessionMovesOn() {
        SessionRunner runner = runner();
        ledger.failNextSyncsAfterWriting(1, new LedgerException("S-F seq 1 was committed but its sync failed"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());
        assertThat(started).isNotDone();
        assertThat(ledger.journal("S-F")).hasSize(1);
        time.advance(Duration.ofMillis(250));

        assertThat(started).isCompleted();
        assertThat(started.join().phase()).isEqualTo(Phase.CHECKLIST);
        assertThat(ledger.commitAttempts())
                .as("the landed commit is not made again")
                .isEqualTo(1);
        assertThat(ledger.durableMade()).isEqualTo(1);
        assertThat(ledger.journal("S-F")).extracting(JournalEntry::seq).containsExactly(1L);
        assertThat(runner.submit(new SessionEvent.ChecklistDone()).join().phase())
                .isEqualTo(Phase.AWAIT_PHONE);
        assertThat(ledger.journal("S-F")).extracting(JournalEntry::seq).containsExactly(1L, 2L);
        assertThat(outOfService).isEmpty();
    }

    @Test
    void aLandedCommitThatCannotBeMadeDurableGoesOutOfServiceWithoutBeingCommittedAgain() {
        SessionRunner runner = runner();
        ledger.failNextSyncsAfterWriting(1, new LedgerException("sync failed"));
        ledger.failNextMakeDurable(100, new LedgerException("sync failed again"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());
        time.advance(Duration.ofSeconds(10));

        assertThat(started).isCompletedExceptionally();
        assertThat(ledger.commitAttempts()).isEqualTo(1);
        assertThat(ledger.journal("S-F")).hasSize(1);
        assertThat(outOfService).singleElement().asString().contains("out of service");
        assertThat(runner.snapshot().phase())
                .as("nothing acted on an undurable decision")
                .isEqualTo(Phase.ATTRACT);
    }

    @Test
    void aCommitThatDidNotLandIsCommittedAgainOnRetry() {
        SessionRunner runner = runner();
        ledger.failNextCommit(new LedgerException("disk error"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());
        time.advance(Duration.ofMillis(250));

        assertThat(started.join().phase()).isEqualTo(Phase.CHECKLIST);
        assertThat(ledger.commitAttempts()).isEqualTo(2);
        assertThat(ledger.durableMade()).isZero();
    }

    @Test
    void aRefusalIsABrokenRuleAndIsNotRetried() {
        SessionRunner runner = runner();
        ledger.failNextCommit(new LedgerRefusedException("a repeat"));

        CompletableFuture<SessionSnapshot> started = runner.submit(new SessionEvent.Start());

        assertThat(started).isCompletedExceptionally();
        time.advance(Duration.ofSeconds(10));
        assertThat(ledger.commitAttempts()).isEqualTo(1);
        assertThat(outOfService).isEmpty();
    }
}

package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.core.testing.SessionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The rule the product rests on, held by the runner: a transition is committed first (synced when
 * one of its effects is physical); when the commit fails the machine is rolled back and nothing is
 * run; only then do its effects run, on the snapshot committed with them; and an answer for a phase
 * entry the session has left is dropped. Device work is captured here, not run, so each test
 * decides when it happens.
 */
class SessionRunnerTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final List<Runnable> deviceWork = new ArrayList<>();
    private final List<SessionSnapshot> certified = new ArrayList<>();
    private final SessionMachine machine = SessionMachine.start(
            "S-R", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());

    @Test
    void aPhysicalStepWhoseCommitFailsIsRolledBackAndRunsNothingUntilTheRetryIsCommitted() {
        SessionRunner runner = runnerAt(Phase.CONSENT);
        SessionSnapshot before = machine.snapshot();
        int journal = ledger.journal("S-R").size();
        ledger.failNextCommit(new LedgerException("disk error"));

        runner.submit(SessionFixtures.consentGiven(before.language()));

        assertThat(deviceWork)
                .as("nothing erased on a decision the ledger did not keep")
                .isEmpty();
        assertThat(machine.snapshot()).as("the machine is back where it was").isEqualTo(before);
        assertThat(runner.snapshot()).isEqualTo(before);
        assertThat(ledger.journal("S-R")).hasSize(journal);

        time.advance(Duration.ofMillis(250));

        assertThat(ledger.journal("S-R")).hasSize(journal + 1);
        assertThat(runner.snapshot().phase()).isEqualTo(Phase.ERASING);
        assertThat(ledger.durabilities()).last().isEqualTo(Ledger.Durability.SYNCED);
        assertThat(deviceWork).as("the erase, once, after its commit").hasSize(1);
    }

    @Test
    void anAnswerForAPhaseEntryTheSessionHasLeftIsDropped() {
        SessionRunner runner = runnerAt(Phase.CERTIFYING);
        runner.resume();
        Runnable stale = deviceWork.remove(0);
        runner.resume();
        Runnable fresh = deviceWork.remove(0);
        SessionSnapshot waiting = runner.snapshot();
        int journal = ledger.journal("S-R").size();

        stale.run();

        assertThat(runner.snapshot()).isEqualTo(waiting);
        assertThat(ledger.journal("S-R")).hasSize(journal);

        fresh.run();

        assertThat(runner.snapshot().phase()).isEqualTo(Phase.PRINTING_CERTIFICATE);
    }

    @Test
    void anEffectActsOnTheSnapshotCommittedWithItNotOnALaterOne() {
        SessionRunner runner = runnerAt(Phase.CERTIFYING);
        SessionSnapshot resumed = runner.resume().join();
        Runnable certify = deviceWork.remove(0);
        String other = resumed.language().equals("es") ? "en" : "es";
        runner.submit(new SessionEvent.LanguageChosen(other)).join();
        assertThat(runner.snapshot().language()).isEqualTo(other);

        certify.run();

        assertThat(certified).singleElement().isEqualTo(resumed);
    }

    /** A runner over a session played along the happy path to {@code phase}, every step committed. */
    private SessionRunner runnerAt(Phase phase) {
        while (machine.snapshot().phase() != phase) {
            SessionEvent next = SessionFixtures.happyNext(
                            machine.snapshot(), time.clock().instant())
                    .orElseThrow(() -> new AssertionError("the happy path never reaches " + phase));
            Transition t = machine.on(next);
            ledger.commit(t.journalEntry(), t.facts(), t.durability());
            time.advance(Duration.ofSeconds(1));
        }
        SessionRunner runner = new SessionRunner(machine, ports(), deviceWork::add, time, snapshot -> {}, time::pause);
        runner.begin();
        time.runDue();
        deviceWork.clear(); // the dock watch's first reading, not what these tests are about
        return runner;
    }

    private SessionPorts ports() {
        return SimulatedSessionPorts.with(ledger, time, snapshot -> {
            certified.add(snapshot);
            return new SessionEvent.CertificateReady("EC-1", "certificate text", "CT1:payload");
        });
    }
}

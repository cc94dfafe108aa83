package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.driver.ScriptedBlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.junit.jupiter.api.Test;

/**
 * The runner's lifecycle: it publishes every committed snapshot in order, arms each phase's timer
 * from the start, and once the session ends it lets the dock release the phone, once.
 */
class SessionRunnerLifecycleTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final List<SessionSnapshot> published = new ArrayList<>();
    private final AtomicInteger released = new AtomicInteger();
    private final SessionMachine machine = SessionMachine.start(
            "S-L", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
    private final SessionRunner runner =
            new SessionRunner(machine, ports(), Runnable::run, time, published::add, time::pause);

    @Test
    void publishesTheFirstSnapshotAndThenEveryCommittedOneInOrder() {
        runner.begin();
        runner.submit(new SessionEvent.Start()).join();
        runner.submit(new SessionEvent.LanguageChosen("es")).join();

        assertThat(published).extracting(SessionSnapshot::seq).containsExactly(0L, 1L, 2L);
        assertThat(published).last().extracting(SessionSnapshot::language).isEqualTo("es");
        assertThat(ledger.journal("S-L")).hasSize(2);
    }

    @Test
    void armsThePhasesTimerSoASellerWhoWalksAwayEndsTheSession() {
        runner.begin();
        runner.submit(new SessionEvent.Start()).join();

        time.advance(SessionSettings.defaults().timeout(Phase.CHECKLIST).orElseThrow());

        assertThat(runner.snapshot().phase()).isEqualTo(Phase.ENDED);
        assertThat(runner.snapshot().outcome()).contains(Outcome.WALKED_AWAY);
        assertThat(runner.finished()).isCompletedWithValue(runner.snapshot());
    }

    @Test
    void theDockReleasesThePhoneOnceWhenTheSessionEnds() {
        runner.begin();
        runner.submit(new SessionEvent.Start()).join();
        assertThat(released).hasValue(0);

        runner.submit(new SessionEvent.Cancel()).join();
        time.advance(Duration.ofSeconds(1));

        assertThat(runner.snapshot().phase()).isEqualTo(Phase.ENDED);
        assertThat(released).hasValue(1);
    }

    private SessionPorts ports() {
        return new SessionPorts(
                ledger,
                new EmptyDock(),
                new SimulatedBinLatch(4, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList(),
                request -> {
                    throw new AssertionError("no quote here");
                },
                snapshot -> {
                    throw new AssertionError("no certificate here");
                },
                (s, validity) -> {
                    throw new AssertionError("no voucher here");
                },
                new SessionReceipts(new KioskSite("T", "Test"), ZoneOffset.UTC, VerificationLink.none()),
                OnScreenReceipts.ARMED);
    }

    /** A dock with nothing on it that counts its releases; these sessions never reach a phone. */
    private final class EmptyDock implements org.cleartrade.ports.dock.PhoneDock {
        @Override
        public DockStatus status() {
            return DockStatus.empty();
        }

        @Override
        public PhoneIdentity identify() {
            throw new AssertionError("no phone here");
        }

        @Override
        public InspectionReport inspect() {
            throw new AssertionError("no phone here");
        }

        @Override
        public EraseAcknowledgement erase() {
            throw new AssertionError("no phone here");
        }

        @Override
        public Optional<String> eraseBlocker() {
            return Optional.of("no phone");
        }

        @Override
        public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
            throw new AssertionError("no phone here");
        }

        @Override
        public void release() {
            released.incrementAndGet();
        }
    }
}

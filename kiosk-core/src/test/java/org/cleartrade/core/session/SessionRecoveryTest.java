package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.Optional;
import org.cleartrade.core.driver.ScriptedBlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.junit.jupiter.api.Test;

class SessionRecoveryTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final SimulatedPhoneDock dock = new SimulatedPhoneDock(
            new PhoneScenarioLibrary(), time.clock(), time::pause, Optional.of(new HelperApk(new byte[] {1}, "t")));

    private SessionRecovery recovery() {
        SessionPorts ports = new SessionPorts(
                ledger,
                dock,
                new SimulatedBinLatch(4, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList(),
                request -> {
                    throw new AssertionError("no quote after a restart");
                },
                s -> {
                    throw new AssertionError("no certificate after this restart");
                },
                (s, validity) -> {
                    throw new AssertionError("no voucher after this restart");
                },
                new org.cleartrade.core.receipt.SessionReceipts(
                        new org.cleartrade.core.certificate.KioskSite("T", "Test"),
                        java.time.ZoneOffset.UTC,
                        org.cleartrade.core.certificate.VerificationLink.none()),
                OnScreenReceipts.ARMED);
        return new SessionRecovery(
                JurisdictionProfiles::bundled,
                SessionSettings.defaults(),
                time.clock(),
                ports,
                Runnable::run,
                time,
                time::pause);
    }

    /** Journals a session up to {@code phase} the way the runner would. */
    private void journalUpTo(Phase phase) {
        SessionMachine m = SessionMachine.start(
                "S-R", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != phase) {
            Transition t =
                    m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow());
            ledger.commit(t.journalEntry(), t.facts(), t.durability());
        }
    }

    @Test
    void givesThePhoneBackAndVoidsTheTradeWhenTheKioskRestartsBeforeTheErase() {
        journalUpTo(Phase.CONSENT);

        SessionRecovery.Result result = recovery().resumeAll(id -> s -> {});
        time.advance(Duration.ofSeconds(5));

        assertThat(result.unreadable()).isEmpty();
        SessionSnapshot end = result.runners().get(0).snapshot();
        assertThat(end.phase()).as("the dock is empty after the restart").isEqualTo(Phase.ENDED);
        assertThat(end.outcome()).contains(Outcome.INTERRUPTED);
        assertThat(ledger.trade("T-S-R").orElseThrow().status()).isEqualTo(TradeRecord.Status.VOIDED);
        assertThat(ledger.openSessions()).isEmpty();
    }

    @Test
    void handsAGarbledJournalSnapshotToStaffInsteadOfGuessing() {
        String garbled = "format=cleartrade-session/1\nseq=x";
        ledger.commit(
                new JournalEntry("S-G", 1, T0, "ATTRACT", "Start", "CHECKLIST", garbled, false),
                java.util.List.of(),
                org.cleartrade.core.ledger.Ledger.Durability.BUFFERED);

        SessionRecovery.Result result = recovery().resumeAll(id -> s -> {});

        assertThat(result.resumed()).isEmpty();
        assertThat(result.unreadable()).singleElement().asString().startsWith("S-G: snapshot key");
        assertThat(ledger.openSessions()).isEmpty();
        JournalEntry end = ledger.journal("S-G").get(1);
        assertThat(end.toPhase()).isEqualTo(Phase.OPERATOR_NEEDED.name());
        assertThat(end.snapshot()).as("kept as it was, for staff").isEqualTo(garbled);
        assertThat(ledger.openAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(OperatorAlert.Kind.INTERRUPTED_SESSION.name());
            assertThat(alert.sessionId()).isEqualTo("S-G");
            assertThat(alert.detail()).startsWith("restarted in CHECKLIST").endsWith("check the dock and the bins");
        });
        assertThat(ledger.pendingOutbox(10))
                .extracting(org.cleartrade.core.ledger.Ledger.OutboxMessage::document)
                .containsExactly("{\"type\":\"alert\",\"version\":1,\"alertId\":\"S-G#unreadable\","
                        + "\"kind\":\"INTERRUPTED_SESSION\",\"sessionId\":\"S-G\",\"bin\":null,\"tradeId\":null,"
                        + "\"detail\":\"" + ledger.openAlerts().get(0).detail() + "\",\"raisedAt\":\"" + T0 + "\"}");
    }
}

package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.driver.ScriptedBlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.session.SessionEvent.GatePassed;
import org.cleartrade.core.session.SessionEvent.GateRefused;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

/** Each question of the pre-erase gate, answered no, refuses the erase with its own reason. */
class PreEraseGateTest {

    private static final HelperApk HELPER = new HelperApk(new byte[] {'P', 'K', 3, 4}, "test");

    private final VirtualTime time = new VirtualTime(Instant.parse("2026-11-24T10:00:00Z"));
    private final InMemoryLedger ledger = new InMemoryLedger(3);
    private final SimulatedBinLatch latch = new SimulatedBinLatch(3, LatchTiming.DEFAULT, time.clock(), time::pause);
    private final VirtualPrinter printer = new VirtualPrinter();
    private final long[] device = new long[1];

    private PreEraseGate gate(boolean helper, OnScreenReceipts screen) {
        SimulatedPhoneDock dock = new SimulatedPhoneDock(
                new PhoneScenarioLibrary(), time.clock(), time::pause, helper ? Optional.of(HELPER) : Optional.empty());
        return new PreEraseGate(new SessionPorts(
                ledger,
                dock,
                latch,
                printer,
                new ScriptedBlockList(),
                request -> {
                    throw new AssertionError("no quote");
                },
                s -> {
                    throw new AssertionError("no certificate");
                },
                (s, validity) -> {
                    throw new AssertionError("no voucher");
                },
                new SessionReceipts(
                        new org.cleartrade.core.certificate.KioskSite("T", "Test"),
                        java.time.ZoneOffset.UTC,
                        org.cleartrade.core.certificate.VerificationLink.none()),
                screen));
    }

    private PreEraseGate gate() {
        return gate(true, OnScreenReceipts.NONE);
    }

    /** A session accepted and committed to the ledger, at consent, with no bin reserved yet. */
    private SessionMachine atConsent() {
        SessionMachine m = SessionMachine.start(
                "S-1", JurisdictionProfiles.bundled("EU"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != Phase.CONSENT) {
            commit(m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow()));
        }
        return m;
    }

    private void commit(Transition t) {
        ledger.commit(t.journalEntry(), t.facts(), t.durability());
    }

    @Test
    void aReadyKioskReservesTheLowestFreeWorkingBin() {
        SessionMachine m = atConsent();
        latch.forceDoorOpen(1);

        assertThat(gate().reserve(m.snapshot(), device)).isEqualTo(new GatePassed(2));
    }

    @Test
    void aBinReservedForAnotherTradeIsNotOffered() {
        SessionMachine other = atConsent();
        commit(other.on(new GatePassed(1)));
        SessionMachine m = SessionMachine.start(
                "S-2", JurisdictionProfiles.bundled("EU"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != Phase.CONSENT) {
            commit(m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow()));
        }

        assertThat(gate().reserve(m.snapshot(), device)).isEqualTo(new GatePassed(2));
    }

    @Test
    void everyBinFullIsNoBinFree() {
        SessionMachine m = atConsent();
        for (int bin = 1; bin <= 3; bin++) {
            latch.unlock(bin);
            time.pause(java.time.Duration.ofSeconds(1));
            latch.openDoor(bin);
            latch.putPhone(bin);
            latch.closeDoor(bin);
        }

        assertThat(refusal(gate().reserve(m.snapshot(), device))).isEqualTo(RefusalReason.NO_BIN_FREE);
    }

    @Test
    void anUnpluggedLatchIsLatchUnavailable() {
        SessionMachine m = atConsent();
        latch.unplug();

        assertThat(refusal(gate().reserve(m.snapshot(), device))).isEqualTo(RefusalReason.LATCH_UNAVAILABLE);
    }

    @Test
    void aPrinterOutOfPaperRefusesOnlyWhenReceiptsCannotBeShownOnScreen() {
        SessionMachine m = atConsent();
        printer.setStatus(new PrinterStatus(true, true, false, false));

        assertThat(refusal(gate(true, OnScreenReceipts.NONE).reserve(m.snapshot(), device)))
                .isEqualTo(RefusalReason.PRINTER_UNAVAILABLE);
        assertThat(gate(true, OnScreenReceipts.ARMED).reserve(m.snapshot(), device))
                .isEqualTo(new GatePassed(1));
    }

    @Test
    void aLedgerThatCannotWriteRefuses() {
        SessionMachine m = atConsent();
        ledger.reportWriteProblem(Optional.of("only 3 MB are free on the ledger's disk"));

        GateRefused refused = (GateRefused) gate().reserve(m.snapshot(), device);

        assertThat(refused.reason()).isEqualTo(RefusalReason.LEDGER_UNAVAILABLE);
        assertThat(refused.detail()).contains("3 MB");
    }

    @Test
    void aDockWithoutItsEraseHelperRefuses() {
        SessionMachine m = atConsent();

        assertThat(refusal(gate(false, OnScreenReceipts.ARMED).reserve(m.snapshot(), device)))
                .isEqualTo(RefusalReason.ERASE_ROUTE_UNAVAILABLE);
    }

    @Test
    void justBeforeTheEraseTheReservedBinMustStillBeReservedAndSound() {
        SessionMachine m = atConsent();
        commit(m.on(new GatePassed(2)));
        assertThat(gate().recheck(m.snapshot(), device)).isEmpty();

        latch.forceDoorOpen(2);

        assertThat(gate().recheck(m.snapshot(), device).map(GateRefused::reason))
                .contains(RefusalReason.LATCH_UNAVAILABLE);
    }

    @Test
    void justBeforeTheEraseAReservationTheLedgerDoesNotHoldRefuses() {
        SessionMachine m = atConsent();
        Transition reserved = m.on(new GatePassed(2));
        ledger.commit(
                reserved.journalEntry(),
                reserved.facts().stream()
                        .filter(f -> !(f instanceof LedgerFact.BinReserved))
                        .toList(),
                reserved.durability());

        assertThat(gate().recheck(m.snapshot(), device).map(GateRefused::reason))
                .contains(RefusalReason.NO_BIN_FREE);
    }

    private static RefusalReason refusal(SessionEvent event) {
        assertThat(event).isInstanceOf(GateRefused.class);
        return ((GateRefused) event).reason();
    }
}

package org.cleartrade.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

class TradingHoldTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final SimulatedBinLatch latch = new SimulatedBinLatch(4, LatchTiming.DEFAULT, clock, d -> {});
    private final VirtualPrinter printer = new VirtualPrinter();
    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final AtomicInteger ids = new AtomicInteger();
    private final TradingHold hold =
            new TradingHold(new StartupDeviceCheck(latch, printer), ledger, clock, () -> "c" + ids.incrementAndGet());
    private final List<TradingReadiness> heard = new ArrayList<>();

    TradingHoldTest() {
        hold.subscribe(heard::add);
    }

    @Test
    void readyDevicesTradeAndTheCheckIsAudited() {
        assertThat(hold.check("kiosk").tradingAllowed()).isTrue();

        assertThat(ledger.openAlerts()).isEmpty();
        assertThat(audit("devices.check")).containsExactly("latch and printer ready; trading");
        assertThat(heard).hasSize(1);
    }

    @Test
    void anUnpluggedLatchHoldsTradingRaisesOneAlertAndCannotBeAcknowledged() {
        latch.unplug();

        assertHeldForALatchThatDoesNotAnswer(hold.check("kiosk"));
        assertThat(ledger.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("LATCH_NOT_READY");
            assertThat(a.alertId()).startsWith("device/LATCH_NOT_ANSWERING/");
        });
        assertThat(audit("alert")).singleElement().asString().startsWith("LATCH_NOT_READY: LATCH_NOT_ANSWERING");
        assertThatThrownBy(() -> hold.acknowledge("ann")).isInstanceOf(IllegalStateException.class);
        assertThat(hold.tradingAllowed()).isFalse();
        assertThat(ledger.openAlerts()).hasSize(1);
    }

    /** The cable pulled while the kiosk runs: the driver still knows the count, no bin answers. */
    @Test
    void aLatchUnpluggedAfterItsCountWasReadIsNamedTheSameWay() {
        assertThat(latch.binCount()).isEqualTo(4);
        latch.unplug();

        assertHeldForALatchThatDoesNotAnswer(hold.check("kiosk"));
    }

    private static void assertHeldForALatchThatDoesNotAnswer(TradingReadiness r) {
        assertThat(r.tradingAllowed()).isFalse();
        assertThat(r.problems())
                .extracting(DeviceProblem::kind)
                .containsExactly(DeviceProblem.Kind.LATCH_NOT_ANSWERING);
    }

    @Test
    void aJammedAndATamperedBinAreEachNamed() {
        latch.jamLatch(2);
        latch.unlock(2);
        clock.advance(Duration.ofSeconds(2));
        latch.forceDoorOpen(3);

        TradingReadiness r = hold.check("kiosk");

        assertThat(r.problems()).extracting(DeviceProblem::key).containsExactly("BIN_JAMMED-2", "BIN_TAMPERED-3");
        assertThat(ledger.openAlerts()).extracting(a -> a.bin().getAsInt()).containsExactly(2, 3);
    }

    @Test
    void aReCheckThatPassesResolvesTheAlertsAndTradingResumes() {
        latch.unplug();
        hold.check("kiosk");
        latch.plugIn();

        TradingReadiness r = hold.check("ann");

        assertThat(r.tradingAllowed()).isTrue();
        assertThat(ledger.openAlerts()).isEmpty();
        assertThat(audit("alert.resolve")).singleElement().asString().contains("cleared at re-check");
        assertThat(heard).extracting(TradingReadiness::tradingAllowed).containsExactly(false, true);
    }

    @Test
    void aProblemStillThereAtReCheckKeepsItsOneAlert() {
        printer.setStatus(new PrinterStatus(true, true, false, false));
        hold.check("kiosk");
        hold.check("ann");

        assertThat(ledger.openAlerts())
                .singleElement()
                .extracting(LedgerFact.AlertRaised::kind)
                .isEqualTo("PRINTER_NOT_READY");
        assertThat(hold.tradingAllowed()).isFalse();
    }

    @Test
    void staffMayAcknowledgeAPrinterProblemAndTradeOn() {
        printer.setStatus(new PrinterStatus(true, true, false, true));
        assertThat(hold.check("kiosk").tradingAllowed()).isFalse();
        assertThat(ledger.openAlerts()).hasSize(2);

        TradingReadiness r = hold.acknowledge("ann");

        assertThat(r.tradingAllowed()).isTrue();
        assertThat(ledger.openAlerts()).isEmpty();
        assertThat(audit("devices.acknowledge"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d).contains("kept on screen"));
        assertThat(ledger.audits())
                .filteredOn(a -> a.action().equals("devices.acknowledge"))
                .extracting(LedgerFact.Audited::actor)
                .containsOnly("ann");
        assertThat(hold.check("kiosk").tradingAllowed())
                .as("the same problems found again stay acknowledged")
                .isTrue();
        assertThat(ledger.openAlerts()).isEmpty();
    }

    @Test
    void aSilentPrinterIsAProblem() {
        printer.unplug(true);

        assertThat(hold.check("kiosk").problems())
                .extracting(DeviceProblem::kind)
                .containsExactly(DeviceProblem.Kind.PRINTER_NOT_ANSWERING);
    }

    @Test
    void paperNearItsEndIsNoProblem() {
        printer.setStatus(new PrinterStatus(true, false, true, false));

        assertThat(hold.check("kiosk").tradingAllowed()).isTrue();
    }

    @Test
    void aCheckTheLedgerRefusesChangesNothing() {
        latch.unplug();
        ledger.failNextCommit(new IllegalStateException("disk full"));

        assertThatThrownBy(() -> hold.check("kiosk")).hasMessage("disk full");
        assertThat(heard).isEmpty();
    }

    @Test
    void alertsLeftOpenByAnEarlierRunAreAdoptedNotRaisedAgain() {
        latch.unplug();
        hold.check("kiosk");
        TradingHold afterRestart = new TradingHold(
                new StartupDeviceCheck(latch, printer), ledger, clock, () -> "r" + ids.incrementAndGet());

        afterRestart.check("kiosk");
        latch.plugIn();
        afterRestart.check("kiosk");

        assertThat(ledger.openAlerts()).isEmpty();
        assertThat(audit("alert")).hasSize(1);
    }

    private List<String> audit(String action) {
        return ledger.audits().stream()
                .filter(a -> a.action().equals(action))
                .map(LedgerFact.Audited::detail)
                .toList();
    }
}

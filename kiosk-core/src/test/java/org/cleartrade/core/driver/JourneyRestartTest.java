package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A kiosk process that dies after any step of a journey and starts again: the new process finds
 * the same ledger and the same physical devices, resumes the open session, and ends it without
 * breaking an invariant. The in-process companion of the ledger module's kill test, one case per
 * step of each journey.
 */
class JourneyRestartTest {

    private static final int BINS = 4;
    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path devices;

    /**
     * Every step of a happy journey; every third of the deposit fault paths, which share its start;
     * every other of a phone that leaves adb for good after its reset (verified and paid from USB);
     * every step of an iPhone's, through pairing, the erase and the Unactivated read-back; every step
     * of a helper refused by the block list or by the phone, every third of an unencrypted phone's.
     */
    static List<Object[]> cuts() {
        List<Object[]> cuts = new ArrayList<>();
        IntStream.range(1, stepsOf(Scenario.HAPPY)).forEach(step -> cuts.add(new Object[] {Scenario.HAPPY, step}));
        for (Scenario s : List.of(Scenario.CANCEL_AT_DEPOSIT, Scenario.LATCH_JAM)) {
            IntStream.range(1, stepsOf(s))
                    .filter(step -> step % 3 == 0)
                    .forEach(step -> cuts.add(new Object[] {s, step}));
        }
        IntStream.range(1, stepsOf(Scenario.RESET_ADB_GONE))
                .filter(step -> step % 2 == 0)
                .forEach(step -> cuts.add(new Object[] {Scenario.RESET_ADB_GONE, step}));
        IntStream.range(1, stepsOf(Scenario.IPHONE_HAPPY))
                .forEach(step -> cuts.add(new Object[] {Scenario.IPHONE_HAPPY, step}));
        for (Scenario s : List.of(Scenario.IMEI_HIDDEN_BLOCKED, Scenario.WIPE_REFUSED)) {
            IntStream.range(1, stepsOf(s)).forEach(step -> cuts.add(new Object[] {s, step}));
        }
        IntStream.range(1, stepsOf(Scenario.UNENCRYPTED))
                .filter(step -> step % 3 == 0)
                .forEach(step -> cuts.add(new Object[] {Scenario.UNENCRYPTED, step}));
        return cuts;
    }

    /** How many tasks an uninterrupted journey of the scenario takes (the fewest that finish it). */
    private static int stepsOf(Scenario scenario) {
        int finishes = 1;
        while (!finishesWithin(scenario, finishes)) {
            finishes *= 2;
        }
        int short_ = finishes / 2;
        while (finishes - short_ > 1) {
            int middle = (short_ + finishes) / 2;
            if (finishesWithin(scenario, middle)) {
                finishes = middle;
            } else {
                short_ = middle;
            }
        }
        return finishes;
    }

    private static boolean finishesWithin(Scenario scenario, int steps) {
        VirtualTime time = new VirtualTime(START);
        JourneyDriver driver = JourneyDriver.headless(
                JurisdictionProfiles.bundled("US-IL"),
                time,
                SimulatedKiosk.inMemory(BINS, time),
                new InMemoryLedger(BINS),
                "count");
        return driver.abandonAfter(scenario, steps).phase().isFinal();
    }

    @ParameterizedTest(name = "{0} cut after step {1}")
    @MethodSource("cuts")
    void aRestartAfterAnyStepEndsTheSessionSafely(Scenario scenario, int step) {
        InMemoryLedger ledger = new InMemoryLedger(BINS);
        VirtualTime before = new VirtualTime(START);
        SessionSnapshot cut = process(before, ledger, "before").abandonAfter(scenario, step);

        VirtualTime after = new VirtualTime(before.now().plus(Duration.ofSeconds(30)));
        JourneyDriver restarted = process(after, ledger, "after");
        List<String> violations = restarted.resumeOpenSessions();

        assertThat(violations).as("cut in %s", cut.phase()).isEmpty();
        assertThat(ledger.openSessions()).isEmpty();
        cut.trade()
                .tradeId()
                .flatMap(ledger::trade)
                .ifPresent(trade -> assertThat(trade.status())
                        .as("trade after a cut in %s", cut.phase())
                        .isIn(TradeRecord.Status.VOIDED, TradeRecord.Status.PAID, TradeRecord.Status.BINNED));
        assertThat(restarted.run(List.of(Scenario.HAPPY)).violations())
                .as("the kiosk trades again after the restart")
                .isEmpty();
        assertThat(cut.phase()).isNotEqualTo(Phase.COMPLETED);
    }

    private JourneyDriver process(VirtualTime time, InMemoryLedger ledger, String runId) {
        return JourneyDriver.headless(
                JurisdictionProfiles.bundled("US-IL"),
                time,
                SimulatedKiosk.persistent(devices, BINS, time),
                ledger,
                runId);
    }

    /** The process dies inside the erase effect, at one of the helper's steps. */
    private static final class Killed extends Error {
        Killed(HelperStepCut.Step step) {
            super("kill -9 at " + step);
        }
    }

    /**
     * Each helper step of each Android journey that reaches it: the helper ready (installed, owner,
     * IMEIs read; the block list not asked), before the wipe, and the wipe requested with nothing of
     * it journaled (accepted: the phone resets; refused: the helper is still owner).
     */
    static List<Object[]> helperCuts() {
        return List.of(
                new Object[] {Scenario.RESET_ADB_GONE, HelperStepCut.Step.HELPER_READY},
                new Object[] {Scenario.RESET_ADB_GONE, HelperStepCut.Step.BEFORE_THE_WIPE},
                new Object[] {Scenario.RESET_ADB_GONE, HelperStepCut.Step.WIPE_REQUESTED},
                new Object[] {Scenario.IMEI_HIDDEN_BLOCKED, HelperStepCut.Step.HELPER_READY},
                new Object[] {Scenario.WIPE_REFUSED, HelperStepCut.Step.HELPER_READY},
                new Object[] {Scenario.WIPE_REFUSED, HelperStepCut.Step.BEFORE_THE_WIPE},
                new Object[] {Scenario.WIPE_REFUSED, HelperStepCut.Step.WIPE_REQUESTED},
                new Object[] {Scenario.UNENCRYPTED, HelperStepCut.Step.HELPER_READY},
                new Object[] {Scenario.UNENCRYPTED, HelperStepCut.Step.WIPE_REQUESTED});
    }

    @ParameterizedTest(name = "{0} killed at {1}")
    @MethodSource("helperCuts")
    void aKioskKilledAtAHelperStepEndsWithTheHelperGoneOrTheSellerPaid(Scenario scenario, HelperStepCut.Step step) {
        InMemoryLedger ledger = new InMemoryLedger(BINS);
        VirtualTime before = new VirtualTime(START);
        SimulatedKiosk world = SimulatedKiosk.persistent(devices, BINS, before);
        SimulatedKiosk dying = new SimulatedKiosk(
                world.dock(),
                world.iphone(),
                new HelperStepCut(world.cable(), step, () -> {
                    throw new Killed(step);
                }),
                world.latch(),
                world.printer(),
                world.blockList());
        JourneyDriver first =
                JourneyDriver.headless(JurisdictionProfiles.bundled("US-IL"), before, dying, ledger, "before");
        assertThatThrownBy(() -> first.abandonAfter(scenario, 100_000)).isInstanceOf(Killed.class);
        // Only a wipe the helper accepted resets the phone; its reset takes the helper with it.
        boolean wiped = step == HelperStepCut.Step.WIPE_REQUESTED && scenario != Scenario.WIPE_REFUSED;

        VirtualTime after = new VirtualTime(before.now().plus(Duration.ofSeconds(30)));
        SimulatedKiosk restartedWorld = SimulatedKiosk.persistent(devices, BINS, after);
        JourneyDriver restarted =
                JourneyDriver.headless(JurisdictionProfiles.bundled("US-IL"), after, restartedWorld, ledger, "after");
        List<String> violations = restarted.resumeOpenSessions();

        assertThat(violations).isEmpty();
        assertThat(ledger.openSessions()).isEmpty();
        ScenarioPhone.State phone = restartedWorld.dock().lastPhoneState().orElseThrow();
        assertThat(phone.installed()).as("helper uninstalled").doesNotContain(HelperApk.PACKAGE);
        assertThat(phone.helperOwner()).as("no longer device owner").isFalse();
        TradeRecord trade = ledger.trades().get(0);
        if (wiped) {
            // The phone reset but its acknowledgement never reached the journal: no certificate can
            // name it, so the trade is voided and staff were alerted to the seller's erased phone (the
            // driver's staff resolve alerts as they go; the audit keeps it).
            assertThat(trade.status()).isEqualTo(TradeRecord.Status.VOIDED);
            assertThat(ledger.certificate(trade.tradeId())).isEmpty();
            assertThat(ledger.audits())
                    .filteredOn(a -> a.action().equals("alert"))
                    .extracting(LedgerFact.Audited::detail)
                    .anyMatch(d -> d.startsWith(OperatorAlert.Kind.ERASE_UNVERIFIED.name())
                            && d.contains("erase acknowledgement"));
        } else {
            assertThat(trade.status()).isEqualTo(TradeRecord.Status.VOIDED);
            assertThat(ledger.certificate(trade.tradeId())).isEmpty();
        }
    }
}

package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.testing.InMemoryLedger;
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
     * every step of an iPhone's, through pairing, the erase and the Unactivated read-back.
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
}

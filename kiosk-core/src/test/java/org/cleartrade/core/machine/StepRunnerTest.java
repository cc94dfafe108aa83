package org.cleartrade.core.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.InMemoryLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The durability rule on a machine of its own, apart from the seller's session and the operator
 * console that run on it: a counter whose steps print (physical), note (not physical) or do
 * nothing, with a recording effect handler that sees what the ledger holds when each effect runs.
 */
class StepRunnerTest {

    private static final String ID = "counter";

    private final InMemoryLedger ledger = new InMemoryLedger(1);
    private final List<String> ran = new ArrayList<>();
    private Runnable duringEffects = () -> {};
    private final EffectHandler<Integer, String, Act> handler = (effect, committed) -> {
        duringEffects.run();
        ran.add(effect.name + "@" + committed + " after " + ledger.journal(ID).size() + " commits");
        return effect.answer.map(List::of).orElse(List.of());
    };
    private final StepRunner<Integer, String, Act> runner = new StepRunner<>(StepRunnerTest::on, handler, ledger, 0);

    @ParameterizedTest(name = "{0} commits {1}")
    @CsvSource({"print, SYNCED", "note, BUFFERED", "print-and-note, SYNCED", "count, BUFFERED"})
    void aStepIsSyncedExactlyWhenOneOfItsEffectsIsPhysical(String event, Durability durability) {
        runner.on(event);

        assertThat(ledger.durabilities()).containsExactly(durability);
    }

    @Test
    void effectsRunOnlyAfterTheirStepIsCommittedAndFromTheCommittedState() {
        runner.on("print-and-note");

        assertThat(ran).containsExactly("print@1 after 1 commits", "note@1 after 1 commits");
        assertThat(runner.state()).isEqualTo(1);
    }

    @Test
    void aFailedCommitRollsTheStateBackRunsNoEffectAndReachesTheCaller() {
        runner.on("count");
        IllegalStateException diskFull = new IllegalStateException("disk full");
        ledger.failNextCommit(diskFull);

        assertThatThrownBy(() -> runner.on("print")).isSameAs(diskFull);

        assertThat(runner.state()).as("the state the ledger kept").isEqualTo(1);
        assertThat(ran)
                .as("nothing printed on a decision the ledger did not keep")
                .isEmpty();
        runner.on("print");
        assertThat(ran).containsExactly("print@2 after 2 commits");
    }

    @Test
    void answersOfEffectsAreFedBackInOrderEachAsItsOwnCommittedStep() {
        runner.on("print-then-count");

        assertThat(runner.state()).isEqualTo(2);
        assertThat(ledger.journal(ID)).extracting(JournalEntry::event).containsExactly("print-then-count", "count");
        assertThat(ledger.durabilities()).containsExactly(Durability.SYNCED, Durability.BUFFERED);
    }

    @Test
    void aFailedCommitOfAnAnswerKeepsTheStepCommittedBeforeIt() {
        IllegalStateException diskFull = new IllegalStateException("disk full");
        duringEffects = () -> ledger.failNextCommit(diskFull);

        assertThatThrownBy(() -> runner.on("print-then-count")).isSameAs(diskFull);

        assertThat(runner.state())
                .as("the printed step stays: the ledger kept it")
                .isEqualTo(1);
        assertThat(ledger.journal(ID)).extracting(JournalEntry::event).containsExactly("print-then-count");
    }

    @Test
    void anEventThatChangesNothingCommitsNothing() {
        runner.on("idle");

        assertThat(ledger.commitAttempts()).isZero();
        assertThat(runner.state()).isZero();
    }

    @Test
    void anEventThatDoesNotFitTheStateReachesTheCallerAndChangesNothing() {
        assertThatThrownBy(() -> runner.on("jump")).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.commitAttempts()).isZero();
    }

    /** The counter: "idle" changes nothing; every other known event counts one up. */
    private static Optional<Tick> on(Integer state, String event) {
        List<Act> acts = switch (event) {
            case "idle" -> null;
            case "count" -> List.of();
            case "print" -> List.of(new Act("print", true, Optional.empty()));
            case "note" -> List.of(new Act("note", false, Optional.empty()));
            case "print-and-note" ->
                List.of(new Act("print", true, Optional.empty()), new Act("note", false, Optional.empty()));
            case "print-then-count" -> List.of(new Act("print", true, Optional.of("count")));
            default -> throw new IllegalStateException("state: " + state + ", event: " + event);
        };
        if (acts == null) {
            return Optional.empty();
        }
        int next = state + 1;
        JournalEntry entry =
                new JournalEntry(ID, next, Instant.EPOCH, "n" + state, event, "n" + next, String.valueOf(next), false);
        return Optional.of(new Tick(next, entry, List.of(new LedgerFact.Audited("counter", event, "")), acts));
    }

    private record Act(String name, boolean physical, Optional<String> answer) implements Effect {}

    private record Tick(Integer to, JournalEntry journalEntry, List<LedgerFact> facts, List<Act> effects)
            implements Step<Integer, Act> {}
}

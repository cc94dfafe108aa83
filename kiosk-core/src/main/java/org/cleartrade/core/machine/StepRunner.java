package org.cleartrade.core.machine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.ledger.Ledger;

/**
 * Runs a {@link Machine} synchronously on the caller's thread: feeds it an event, commits the step
 * under the {@link DurableCommit} rule, then runs the step's effects from the committed state and
 * feeds their answers back, until no answer is left.
 *
 * <p>When a commit fails the state stays at the last committed step and the failure reaches the
 * caller; effects of the failed step never run. Effects of steps committed before it have run, and
 * the state says so: it is the ledger's.
 *
 * <p>Threading: one caller at a time; a call blocks while the effects run.
 */
public final class StepRunner<S, V, E extends Effect> {

    private final Machine<S, V, E> machine;
    private final EffectHandler<S, V, E> effects;
    private final Ledger ledger;
    private S state;

    public StepRunner(Machine<S, V, E> machine, EffectHandler<S, V, E> effects, Ledger ledger, S start) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.effects = Objects.requireNonNull(effects, "effects");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.state = Objects.requireNonNull(start, "start");
    }

    /** The state after the last committed step. */
    public S state() {
        return state;
    }

    /**
     * Applies {@code event} and every answer its effects bring back, in order.
     *
     * @return the state after the last step
     * @throws IllegalStateException when an event does not fit the state
     * @throws RuntimeException the ledger's failure when a step could not be committed
     */
    public S on(V event) {
        Deque<V> pending = new ArrayDeque<>();
        pending.add(event);
        while (!pending.isEmpty()) {
            Optional<? extends Step<S, E>> next = machine.on(state, pending.poll());
            if (next.isEmpty()) {
                continue;
            }
            Step<S, E> step = next.get();
            S before = state;
            state = step.to();
            DurableCommit.commit(ledger, step, () -> state = before);
            for (E effect : step.effects()) {
                pending.addAll(effects.run(effect, step.to()));
            }
        }
        return state;
    }
}

package org.cleartrade.core.machine;

import java.util.Optional;

/**
 * A pure state machine: turns a state and an event into the step that follows, without touching
 * a device, a file or the ledger's writes. Reading the ledger and the clock is allowed.
 *
 * @param <S> the state
 * @param <V> the events, including the answers its effects bring back
 * @param <E> the effects
 */
@FunctionalInterface
public interface Machine<S, V, E extends Effect> {

    /**
     * The step {@code event} leads to, or empty when it changes nothing worth a journal entry (an
     * idle check while nobody is signed in).
     *
     * @throws IllegalStateException when the event does not fit the state
     */
    Optional<? extends Step<S, E>> on(S state, V event);
}

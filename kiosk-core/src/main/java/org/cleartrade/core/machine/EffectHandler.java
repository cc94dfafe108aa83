package org.cleartrade.core.machine;

import java.util.List;

/**
 * Runs one committed effect against the devices and says what came of it, as events for the
 * machine. Runs outside the machine; it is the only place a machine's effects touch the world.
 *
 * @param <S> the state the effect was committed with
 * @param <V> the machine's events
 * @param <E> the machine's effects
 */
@FunctionalInterface
public interface EffectHandler<S, V, E extends Effect> {

    List<V> run(E effect, S committed);
}

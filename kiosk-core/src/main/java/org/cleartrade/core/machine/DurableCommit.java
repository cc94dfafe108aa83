package org.cleartrade.core.machine;

import java.util.List;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.Durability;

/**
 * The durability rule both the seller's session and the operator console run on:
 *
 * <ol>
 *   <li>each step is one ledger commit, its journal entry and facts together;
 *   <li>the commit is {@link Durability#SYNCED} when any of its effects is physical, so the
 *       decision is on disk before the world changes, and {@link Durability#BUFFERED} otherwise;
 *   <li>when the commit fails the caller's state is rolled back and the failure is rethrown, so no
 *       effect of the step runs on a decision the ledger did not keep.
 * </ol>
 */
public final class DurableCommit {

    private DurableCommit() {}

    /** {@code SYNCED} when any effect acts on the physical world, {@code BUFFERED} otherwise. */
    public static Durability durability(List<? extends Effect> effects) {
        return effects.stream().anyMatch(Effect::physical) ? Durability.SYNCED : Durability.BUFFERED;
    }

    /**
     * Commits {@code step}; when the ledger throws, runs {@code rollBack} and rethrows.
     *
     * @param rollBack puts the caller's state back where it was before the step
     */
    public static void commit(Ledger ledger, Step<?, ?> step, Runnable rollBack) {
        try {
            ledger.commit(step.journalEntry(), step.facts(), durability(step.effects()));
        } catch (RuntimeException e) {
            rollBack.run();
            throw e;
        }
    }
}

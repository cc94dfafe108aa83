/**
 * The small core both the seller's session and the operator console run on: a pure {@link Machine}
 * turns a state and an event into a {@link Step}; {@link StepRunner} commits each step under the
 * {@link DurableCommit} rule (one ledger commit per step, synced when an {@link Effect} is
 * physical) and only then runs its effects through an {@link EffectHandler}, which is the only
 * place they touch the world (decision 0905). It knows the ledger port and the JDK, and nothing of
 * phases, devices or screens.
 */
package org.cleartrade.core.machine;

/**
 * The seller's session: the pure {@link SessionMachine} turns a {@link SessionSnapshot} and a
 * {@link SessionEvent} into a {@link Transition} (next snapshot, ledger facts, {@link Effect}s),
 * with handlers per {@link Phase} behind it and the {@code PreEraseGate} the one place that decides
 * whether a phone may be erased. {@link SessionRunner} commits each transition under
 * {@code core.machine.DurableCommit} before running its effects against the {@link SessionPorts},
 * and {@link SessionRecovery} resumes open sessions after a restart from their journaled snapshots
 * ({@link SnapshotCodec}). Time comes from an injected {@code Clock} and {@link Scheduler}, so
 * tests never sleep; everything outside is a port wired by the composition root (ledger, dock,
 * latch, printer, block list, quoter, {@link Certifier}, {@link VoucherSigner},
 * {@link ReceiptComposer}), and, like all of kiosk-core, nothing here uses JavaFX, JDBC, HTTP or
 * serial. The transition table is in {@code docs/architecture.md}, checked against the machine by
 * {@code TransitionTableTest}.
 */
package org.cleartrade.core.session;

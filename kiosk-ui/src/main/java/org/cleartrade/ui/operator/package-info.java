/**
 * The staff screens inside the kiosk window: {@link OperatorMode} opens them (hidden long press or
 * staff badge, then the PIN pad), {@link OperatorViewModel} holds their state and commands, and
 * {@link OperatorView} with its page views only binds and delegates. {@link OperatorStation} is the
 * operator side of the composition root, the console over the kiosk's ledger, latch, printer and
 * signing key; {@link OperatorCli} and {@link OperatorScreenshots} are the {@code operator}
 * commands; {@link DemoOperators} are demo mode's staff, {@link SimulatedStock} stocks the bins for
 * the screenshots. The decisions are kiosk-core's {@code core.operator}; the view model only turns
 * its snapshots into words, stays off {@code javafx.scene} so it is tested without a stage, and
 * runs every console event on the background executor because a PIN hash and a latch take time.
 */
package org.cleartrade.ui.operator;

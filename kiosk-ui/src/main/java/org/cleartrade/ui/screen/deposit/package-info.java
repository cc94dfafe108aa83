/**
 * Deposit coaching: {@link DepositViewModel} says which bin, what to do with its door, what the bin
 * reports and how long the seller has left (the session's countdown, with "More time"), and asks
 * for confirmation before an already-erased phone is taken back; {@link DepositView} only binds.
 * The countdown is read against the kiosk's injected clock, and the view model stays off
 * {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.deposit;

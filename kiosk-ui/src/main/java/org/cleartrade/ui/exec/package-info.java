/**
 * Where the UI sends work: {@link TaskExecutor} runs device and ledger calls in the background and
 * brings property changes back on the UI thread, so the JavaFX application thread never waits on a
 * device or the ledger. {@link FxTaskExecutor} is the kiosk's (one background thread, so device
 * calls keep the seller's order); {@link CurrentThreadTaskExecutor} runs everything at once, so
 * view-model tests need no toolkit and headless journeys never leave work running behind them.
 */
package org.cleartrade.ui.exec;

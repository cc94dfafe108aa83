/**
 * The seller session as the UI sees it: {@link SessionPort} (snapshots out, seller events in),
 * adapted to kiosk-core's {@code SessionRunner} by {@link RunnerSessions} (the kiosk's seat, a
 * fresh session after each one ends) and {@link DeferredSession} (the attract screen before the
 * ledger has opened); {@link SessionModel} is the snapshot as a property the view models bind to,
 * with seller events sent through the background executor. Time is injected:
 * {@link ExecutorScheduler} in the kiosk, {@link ManualScheduler} (also a {@code Clock}) wherever
 * time must move only when told, so nothing sleeps. Only JavaFX properties are used here, no scene
 * graph.
 */
package org.cleartrade.ui.session;

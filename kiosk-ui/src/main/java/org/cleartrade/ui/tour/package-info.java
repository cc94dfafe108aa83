/**
 * The whole kiosk driven through its real screens: {@link SimulatedKiosk} (simulators and a real H2
 * ledger, with time and device calls under the caller's control), {@link JourneyDriver} (a seller
 * pressing the screen's own buttons), {@link ScreenshotTour} and {@link Soak}. It ships because the
 * installed kiosk's {@code screenshots}, {@code operator screenshots} and {@code soak} commands run
 * it (docs/architecture.md); nothing in the kiosk's own seat reaches it. Time moves only when told
 * and device calls wait until settled, so a run is the same every time and nothing sleeps.
 */
package org.cleartrade.ui.tour;

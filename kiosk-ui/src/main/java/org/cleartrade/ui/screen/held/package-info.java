/**
 * "Not taking phones right now": {@link HeldViewModel} and {@link HeldView} replace the attract
 * screen while a device problem holds trading, with words only and no button to start. The hold
 * itself is decided elsewhere (kiosk-core's readiness check, lifted by staff); this screen only
 * shows it, and its view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.held;

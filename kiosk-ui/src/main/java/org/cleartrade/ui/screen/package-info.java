/**
 * What every seller screen is built from: {@link ScreenViewModel}, the base of each screen's view
 * model (it follows the session snapshot and the language and recomputes read-only properties),
 * {@link ScreenView} (a screen's node with its model), {@link ScreenParts} and {@link ScreenScroll}
 * (the shared building blocks, styled through {@code kiosk.css} classes only) and
 * {@link QrCodeNode}. {@link PhaseVisit} keys screen state to one visit of a phase, so nothing a
 * seller half-did carries over to the next. Each screen is a subpackage with a {@code *View} that
 * only binds and delegates and a {@code *ViewModel} that stays off {@code javafx.scene}, so screen
 * behaviour is tested without a stage.
 */
package org.cleartrade.ui.screen;

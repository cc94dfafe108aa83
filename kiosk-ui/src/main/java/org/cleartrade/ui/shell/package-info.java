/**
 * The frame around every seller screen: {@link KioskScene} builds the scene graph (copy, shell,
 * screens, keypad navigation, theme) once for the kiosk window, the headless journeys and the
 * screenshot tour alike, so all three show the same screens. {@link ScreenRouter} picks the screen
 * for a snapshot (pure, table-tested); {@link ShellViewModel} holds the progress strip, language,
 * large text and speech, off {@code javafx.scene}, and {@link ShellView} only binds. Also here:
 * {@link KeypadNavigation} for tactile keypads, {@link Countdowns} on the kiosk's injected clock
 * and scheduler (tests never sleep), the kiosk-mode exit ({@link OperatorExit}) and the
 * {@link OutOfServiceView}, plain labels that still show when the ledger was refused or stopped
 * taking commits.
 */
package org.cleartrade.ui.shell;

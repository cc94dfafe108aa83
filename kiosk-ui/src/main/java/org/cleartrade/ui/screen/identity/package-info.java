/**
 * The ID step, where the jurisdiction requires one: {@link IdentityViewModel} takes the licence's
 * PDF417 text typed by a keyboard-wedge scanner (or a camera frame), parses it with kiosk-core's
 * {@code core.identity}, and sends only the parsed fields to the session, which keeps what the
 * profile names; {@link IdentityView} routes every typed character to it while shown. The view
 * model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.identity;

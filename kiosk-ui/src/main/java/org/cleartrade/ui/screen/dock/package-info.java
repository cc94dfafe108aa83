/**
 * Plugging in: {@link DockViewModel} coaches the seller until the kiosk can talk to the phone, with
 * the USB-debugging steps of the seller's phone maker ({@link BrandFamily}, shared with the
 * checklist) when the dock sees an Android phone adb cannot; {@link DockView} only binds. The view
 * model reads the dock's state from the session snapshot, never from the dock, and stays off
 * {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.dock;

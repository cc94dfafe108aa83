/**
 * Demo mode's side panel, which plays the physical world around the kiosk: {@link DemoDevices} (the
 * in-process simulators), {@link DemoPanelViewModel} and {@link DemoPanelView} (the seller's phone,
 * the bin door, the printer's paper, injected faults) and {@link DemoIdCard} (a made-up AAMVA
 * licence typed in as a wedge scanner would). Every device call goes through the background
 * executor, as the session's own do. Built only when every device is simulated; unlike the screens'
 * view models, the panel's shows the printed paper as a JavaFX {@code Image}.
 */
package org.cleartrade.ui.demo;

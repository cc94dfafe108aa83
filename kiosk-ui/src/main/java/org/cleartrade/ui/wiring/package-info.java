/**
 * Building the session's ports: {@link KioskPorts} puts them together around a ledger and the three
 * devices, the same way for the kiosk and for the simulated kiosk of the tour, and
 * {@link ListedBlockList} is demo mode's in-process block list, used when no fleet is configured.
 * The composition root and the tour's simulated kiosk use it; screens and view models never do.
 */
package org.cleartrade.ui.wiring;

/**
 * The simulated docks demo mode runs on: {@link
 * org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock} and {@link
 * org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock} put scenario phones on a pretend
 * cable, keep what is on it in a state file across a restart, and run the real drivers' parsers.
 */
package org.cleartrade.deviceio.dock.simulated;

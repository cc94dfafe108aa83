/**
 * {@link org.cleartrade.deviceio.dock.CombinedPhoneDock}: one dock port over the Android (adb) and
 * iPhone (usbmuxd) docks, answering for whichever platform is on the cable. The platforms' drivers
 * and simulators are in the subpackages.
 */
package org.cleartrade.deviceio.dock;

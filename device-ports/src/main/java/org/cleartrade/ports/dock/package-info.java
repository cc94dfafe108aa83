/**
 * The phone dock port ({@link org.cleartrade.ports.dock.PhoneDock}): the cable's state, a phone's
 * identity and inspection, the erase and its verification, and the method lines a dock writes into
 * an erase acknowledgement ({@link org.cleartrade.ports.dock.AndroidResetMethod}, {@link
 * org.cleartrade.ports.dock.IphoneEraseMethod}), so that a receipt can say them in the seller's
 * language without knowing a dock.
 *
 * <p>The JDK only; implemented by the adb and usbmuxd docks and the simulated docks of {@code
 * org.cleartrade.deviceio.dock}.
 */
package org.cleartrade.ports.dock;

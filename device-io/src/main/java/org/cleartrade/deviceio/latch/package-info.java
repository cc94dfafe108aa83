/**
 * The bin latch port's implementations that need no serial port: {@link
 * org.cleartrade.deviceio.latch.BusBinLatch} spreads bins over several controllers on one bus, and
 * {@link org.cleartrade.deviceio.latch.SimulatedBinLatch} is the latch demo mode runs on (its state
 * in a {@link org.cleartrade.deviceio.latch.LatchSnapshotFile}). The Modbus RTU driver is in
 * device-serial.
 */
package org.cleartrade.deviceio.latch;

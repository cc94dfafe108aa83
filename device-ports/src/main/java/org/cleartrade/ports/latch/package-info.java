/**
 * The bin latch port ({@link org.cleartrade.ports.latch.BinLatch}): a bank of numbered bins, each
 * with a door, a bolt and a tray sensor, read as a {@link org.cleartrade.ports.latch.BinStatus}.
 *
 * <p>The JDK only; implemented by the Modbus RTU driver ({@code org.cleartrade.serial.latch}), the
 * latch bus and the simulated latch ({@code org.cleartrade.deviceio.latch}).
 */
package org.cleartrade.ports.latch;

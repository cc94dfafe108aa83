/**
 * The bin latch controller's driver over Modbus RTU ({@link org.cleartrade.serial.latch.ModbusBinLatch}):
 * the register map the firmware in {@code device-serial/firmware/latch} keeps
 * (docs/protocols/latch-modbus.md), framed by j2mod over our own {@link
 * org.cleartrade.serial.SerialLink} (decision 0100). The only package that touches j2mod.
 *
 * <p>Depends on the latch port, the serial link and {@code org.cleartrade.deviceio.latch} (the
 * timing values shared with the simulated latch); nothing above the drivers.
 */
package org.cleartrade.serial.latch;

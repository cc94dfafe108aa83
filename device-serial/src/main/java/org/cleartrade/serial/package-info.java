/**
 * The serial port, behind one small {@link org.cleartrade.serial.SerialLink} of our own: the only
 * package that touches jSerialComm (HOUSE_STYLE.md).
 *
 * <p>Module {@code device-serial}, the drivers that need a serial port. It depends on {@code
 * device-ports} and {@code device-io}; only {@code kiosk-ui}, the composition root, depends on it,
 * so jSerialComm and j2mod never reach kiosk-core or the simulators it runs on
 * (docs/decisions/0005).
 */
package org.cleartrade.serial;

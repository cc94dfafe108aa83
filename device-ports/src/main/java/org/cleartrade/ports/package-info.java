/**
 * The device ports: what the kiosk asks of its phone dock, bin latch and receipt printer, as small
 * interfaces, immutable values and exceptions, with {@link org.cleartrade.ports.DeviceException}
 * the root of every device failure.
 *
 * <p>Module {@code device-ports}. Depends on the JDK only: kiosk-core compiles against these types
 * and nothing else of the devices, so no driver, simulator or library (serial ports, Modbus, QR
 * codes, property lists) reaches it through them. Drivers and simulators implement the ports in
 * {@code device-io} ({@code org.cleartrade.deviceio}) and {@code device-serial} ({@code
 * org.cleartrade.serial}); {@code ModuleArrowsTest} holds these rules (docs/decisions/0005).
 */
package org.cleartrade.ports;

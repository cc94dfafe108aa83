/**
 * Device implementations behind the ports of {@code org.cleartrade.ports}: the dock drivers, the
 * ESC/POS printer, the latch bus and the simulators demo mode runs on. This package holds only
 * {@link org.cleartrade.deviceio.StateFile}, the atomic properties file in which a simulator keeps
 * its physical state across a restart of the kiosk.
 *
 * <p>device-io uses no serial or Modbus library and no ZXing (those drivers are in device-serial;
 * ZXing only in the tests): kiosk-core's journey harness runs on these simulators.
 */
package org.cleartrade.deviceio;

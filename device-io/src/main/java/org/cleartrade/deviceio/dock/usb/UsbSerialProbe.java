package org.cleartrade.deviceio.dock.usb;

/**
 * Whether a USB device with a given serial (the iSerialNumber string descriptor) is on the bus.
 * After a factory reset USB debugging is off, so adb no longer lists the phone, but the phone
 * still enumerates on USB with its serial: that is what proves it came back.
 */
@FunctionalInterface
public interface UsbSerialProbe {

    boolean present(String serial);
}

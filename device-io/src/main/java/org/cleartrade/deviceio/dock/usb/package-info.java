/**
 * What the USB bus shows of the phones on it, read from sysfs without any phone protocol ({@link
 * org.cleartrade.deviceio.dock.usb.SysfsUsbSerialProbe}): a phone whose reset turned USB debugging
 * off still enumerates with its serial, which proves it came back, and a phone without its adb
 * interface is one whose seller needs coaching.
 */
package org.cleartrade.deviceio.dock.usb;

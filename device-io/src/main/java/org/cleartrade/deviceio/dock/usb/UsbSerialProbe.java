package org.cleartrade.deviceio.dock.usb;

/**
 * What the USB bus shows of the phones on it, read without any phone protocol. After a factory
 * reset USB debugging is off, so adb no longer lists the phone, but the phone still enumerates on
 * USB with its serial: that is what proves it came back. Before the seller turns USB debugging on,
 * the bus shows the phone too, only without its adb interface: that is when the seller is coached.
 */
public interface UsbSerialProbe {

    /** Whether a USB device with this serial (the iSerialNumber string descriptor) is on the bus. */
    boolean present(String serial);

    /**
     * Whether the bus shows an Android phone that offers no adb interface: a device with a media
     * transfer interface (MTP or PTP, which Android keeps enumerated even in "charging only") and no
     * adb interface (class ff, subclass 42, protocol 01), which is what USB debugging off looks like.
     */
    boolean androidWithoutAdb();
}

package org.cleartrade.deviceio.dock.ios;

/**
 * A device usbmuxd lists ({@code Attached} / {@code DeviceList} entries).
 *
 * @param deviceId the daemon's handle for {@code Connect}; changes every time the device enumerates
 * @param udid the device's UDID, which usbmuxd reports as {@code SerialNumber}; stable across erases
 * @param productId the USB product id (Apple's vendor id 0x05ac is implied: usbmuxd serves only Apple devices)
 * @param connectionType "USB" or "Network"
 */
public record UsbmuxDevice(int deviceId, String udid, int productId, String connectionType) {

    public boolean usb() {
        return "USB".equals(connectionType);
    }
}

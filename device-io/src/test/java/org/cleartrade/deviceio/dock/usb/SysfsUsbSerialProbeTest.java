package org.cleartrade.deviceio.dock.usb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsUsbSerialProbeTest {

    @TempDir
    Path sysfs;

    @Test
    void findsASerialInAnyPortsSerialFile() throws Exception {
        Files.createDirectories(sysfs.resolve("1-1"));
        Files.writeString(sysfs.resolve("1-1/serial"), "3A281FDJH00C42\n");
        Files.createDirectories(sysfs.resolve("usb1"));
        Files.writeString(sysfs.resolve("usb1/serial"), "0000:00:14.0\n");
        Files.createDirectories(sysfs.resolve("1-1:1.0"));
        SysfsUsbSerialProbe probe = new SysfsUsbSerialProbe(sysfs);
        assertThat(probe.present("3A281FDJH00C42")).isTrue();
        assertThat(probe.present("3A281FDJH00C4")).isFalse();
        assertThat(probe.present("")).isFalse();
    }

    @Test
    void aMissingBusMeansNothingIsPresent() {
        SysfsUsbSerialProbe probe = new SysfsUsbSerialProbe(sysfs.resolve("absent"));
        assertThat(probe.present("3A281FDJH00C42")).isFalse();
        assertThat(probe.androidWithoutAdb()).isFalse();
    }

    @Test
    void aPhoneOfferingMtpWithoutAnAdbInterfaceHasUsbDebuggingOff() throws Exception {
        device("1-2", "18d1", "35011JEHN17403");
        usbInterface("1-2:1.0", "06", "01", "01", "MTP");

        assertThat(new SysfsUsbSerialProbe(sysfs).androidWithoutAdb()).isTrue();
    }

    @Test
    void anOlderKernelsVendorClassMtpInterfaceCountsToo() throws Exception {
        device("1-2", "04e8", "R58X20ABCDE");
        usbInterface("1-2:1.0", "ff", "ff", "00", "MTP");

        assertThat(new SysfsUsbSerialProbe(sysfs).androidWithoutAdb()).isTrue();
    }

    @Test
    void aPhoneWithItsAdbInterfaceIsNotOneWithUsbDebuggingOff() throws Exception {
        device("1-2", "18d1", "35011JEHN17403");
        usbInterface("1-2:1.0", "06", "01", "01", "MTP");
        usbInterface("1-2:1.1", "ff", "42", "01", "ADB Interface");

        assertThat(new SysfsUsbSerialProbe(sysfs).androidWithoutAdb()).isFalse();
    }

    @Test
    void anIphonesPtpInterfaceAndTheKiosksOwnDevicesAreNoAndroidPhone() throws Exception {
        device("1-2", "05ac", "00008110001A2B3C4D5E6F70");
        usbInterface("1-2:1.0", "06", "01", "01", "PTP");
        usbInterface("1-2:1.1", "ff", "fe", "02", "Apple USB Multiplexor");
        device("1-3", "0416", "PRN0001");
        usbInterface("1-3:1.0", "07", "01", "02", "");
        device("1-4", "1a86", "");
        usbInterface("1-4:1.0", "ff", "01", "02", "");

        assertThat(new SysfsUsbSerialProbe(sysfs).androidWithoutAdb()).isFalse();
    }

    private void device(String port, String vendor, String serial) throws Exception {
        Path dir = Files.createDirectories(sysfs.resolve(port));
        Files.writeString(dir.resolve("idVendor"), vendor + "\n");
        if (!serial.isEmpty()) {
            Files.writeString(dir.resolve("serial"), serial + "\n");
        }
    }

    private void usbInterface(String name, String cls, String subclass, String protocol, String label)
            throws Exception {
        Path dir = Files.createDirectories(sysfs.resolve(name));
        Files.writeString(dir.resolve("bInterfaceClass"), cls + "\n");
        Files.writeString(dir.resolve("bInterfaceSubClass"), subclass + "\n");
        Files.writeString(dir.resolve("bInterfaceProtocol"), protocol + "\n");
        if (!label.isEmpty()) {
            Files.writeString(dir.resolve("interface"), label + "\n");
        }
    }
}

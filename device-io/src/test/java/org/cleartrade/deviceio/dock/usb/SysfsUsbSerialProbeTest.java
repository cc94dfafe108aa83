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
        assertThat(new SysfsUsbSerialProbe(sysfs.resolve("absent")).present("3A281FDJH00C42"))
                .isFalse();
    }
}

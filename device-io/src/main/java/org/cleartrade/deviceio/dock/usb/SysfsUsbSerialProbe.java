package org.cleartrade.deviceio.dock.usb;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads Linux sysfs: every {@code /sys/bus/usb/devices/<port>/serial} file holds the serial
 * string descriptor of the device on that port. Unreadable files count as absent; a missing root
 * (not Linux, no USB) means nothing is ever present. Thread-safe.
 */
public final class SysfsUsbSerialProbe implements UsbSerialProbe {

    private static final System.Logger LOG = System.getLogger(SysfsUsbSerialProbe.class.getName());
    public static final Path DEFAULT_ROOT = Path.of("/sys/bus/usb/devices");

    private final Path root;

    public SysfsUsbSerialProbe(Path root) {
        this.root = root;
    }

    @Override
    public boolean present(String serial) {
        if (serial.isBlank() || !Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> ports = Files.list(root)) {
            return ports.map(p -> p.resolve("serial")).filter(Files::isReadable).anyMatch(f -> serial.equals(read(f)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + root + ": " + e.getMessage());
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}

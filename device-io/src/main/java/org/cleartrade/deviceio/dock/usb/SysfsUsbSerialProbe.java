package org.cleartrade.deviceio.dock.usb;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Linux sysfs. Every {@code /sys/bus/usb/devices/<port>/serial} file holds the serial string
 * descriptor of the device on that port; each of its interfaces is a sibling {@code
 * <port>:<config>.<n>} with {@code bInterfaceClass}, {@code bInterfaceSubClass}, {@code
 * bInterfaceProtocol} (two hex digits) and, when the device names it, {@code interface}. Unreadable
 * files count as absent; a missing root (not Linux, no USB) means nothing is ever present.
 * Thread-safe.
 *
 * <p>An Android phone with USB debugging off still enumerates: Android's "charging only" keeps MTP
 * configured with data locked, so the bus shows an MTP interface (class 06/01/01, or vendor class
 * ff named "MTP" on older kernels' f_mtp) or PTP (06/01/01), but no adb interface (ff/42/01).
 * Apple devices (vendor 05ac) also offer PTP and are the iPhone dock's to report.
 */
public final class SysfsUsbSerialProbe implements UsbSerialProbe {

    private static final System.Logger LOG = System.getLogger(SysfsUsbSerialProbe.class.getName());
    public static final Path DEFAULT_ROOT = Path.of("/sys/bus/usb/devices");
    private static final String APPLE_VENDOR = "05ac";

    private final Path root;

    public SysfsUsbSerialProbe(Path root) {
        this.root = root;
    }

    @Override
    public boolean present(String serial) {
        if (serial.isBlank()) {
            return false;
        }
        return entries().stream()
                .map(p -> p.resolve("serial"))
                .filter(Files::isReadable)
                .anyMatch(f -> serial.equals(read(f)));
    }

    @Override
    public boolean androidWithoutAdb() {
        Map<String, List<Path>> interfacesByDevice = entries().stream()
                .filter(p -> p.getFileName().toString().contains(":"))
                .collect(Collectors.groupingBy(p -> p.getFileName().toString().split(":", 2)[0]));
        return interfacesByDevice.entrySet().stream()
                .filter(device ->
                        !APPLE_VENDOR.equals(read(root.resolve(device.getKey()).resolve("idVendor"))))
                .anyMatch(device -> device.getValue().stream().anyMatch(SysfsUsbSerialProbe::mediaTransfer)
                        && device.getValue().stream().noneMatch(SysfsUsbSerialProbe::adb));
    }

    private static boolean mediaTransfer(Path usbInterface) {
        String kind = triple(usbInterface);
        return kind.equals("06/01/01")
                || kind.startsWith("ff/")
                        && read(usbInterface.resolve("interface")).equals("MTP");
    }

    private static boolean adb(Path usbInterface) {
        return triple(usbInterface).equals("ff/42/01");
    }

    private static String triple(Path usbInterface) {
        return read(usbInterface.resolve("bInterfaceClass")) + "/" + read(usbInterface.resolve("bInterfaceSubClass"))
                + "/" + read(usbInterface.resolve("bInterfaceProtocol"));
    }

    private List<Path> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> ports = Files.list(root)) {
            return ports.toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + root + ": " + e.getMessage());
            return List.of();
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

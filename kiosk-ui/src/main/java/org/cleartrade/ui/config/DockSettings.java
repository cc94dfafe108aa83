package org.cleartrade.ui.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The phone dock's keys ({@code dock.*}).
 *
 * @param helperApk the device-owner helper the adb dock installs before an erase
 * @param iphone whether the real dock also takes iPhones, through usbmuxd, beside the adb dock
 * @param usbmuxdSocket the usbmuxd daemon's Unix socket
 */
public record DockSettings(
        Driver driver, String adbHost, int adbPort, Optional<Path> helperApk, Iphone iphone, Path usbmuxdSocket) {

    public enum Driver {
        SIMULATED,
        ADB
    }

    /** The iPhone dock beside the adb dock: through the usbmuxd daemon, or none. */
    public enum Iphone {
        USBMUXD,
        OFF
    }

    public DockSettings {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(adbHost, "adbHost");
        Objects.requireNonNull(helperApk, "helperApk");
        Objects.requireNonNull(iphone, "iphone");
        Objects.requireNonNull(usbmuxdSocket, "usbmuxdSocket");
    }
}

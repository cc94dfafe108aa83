package org.cleartrade.ui.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The phone dock's keys ({@code dock.*}).
 *
 * @param helperApk the device-owner helper the adb dock installs before an erase
 */
public record DockSettings(Driver driver, String adbHost, int adbPort, Optional<Path> helperApk) {

    public enum Driver {
        SIMULATED,
        ADB
    }

    public DockSettings {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(adbHost, "adbHost");
        Objects.requireNonNull(helperApk, "helperApk");
    }
}

package org.cleartrade.deviceio.dock.android;

/**
 * A shell on the docked phone, as an adb shell sees it. Implemented over the adb server by the
 * real driver and over a scenario by the simulator, so both run the same inspection code.
 *
 * <p>Implementations are used by one thread at a time.
 */
public interface PhoneShell {

    /**
     * Runs one command and returns what it printed.
     *
     * @throws org.cleartrade.ports.dock.PhoneGoneException when the phone goes away
     */
    ShellResult run(String command);

    /**
     * Runs one command with {@code stdin} fed to it and then closed (used to stream an APK into
     * {@code cmd package install -S}).
     *
     * @throws org.cleartrade.ports.dock.PhoneGoneException when the phone goes away
     */
    ShellResult run(String command, byte[] stdin);
}

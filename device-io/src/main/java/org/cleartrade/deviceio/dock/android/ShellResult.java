package org.cleartrade.deviceio.dock.android;

import java.util.OptionalInt;

/**
 * What one shell command on the phone returned.
 *
 * @param exitCode absent when the transport cannot carry it (the legacy adb shell service)
 */
public record ShellResult(OptionalInt exitCode, String stdout, String stderr) {

    public ShellResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static ShellResult of(int exitCode, String stdout, String stderr) {
        return new ShellResult(OptionalInt.of(exitCode), stdout, stderr);
    }

    /** True only when the phone reported exit status 0. */
    public boolean exitedZero() {
        return exitCode.isPresent() && exitCode.getAsInt() == 0;
    }

    /** True when the phone reported a non-zero exit status. */
    public boolean exitedNonZero() {
        return exitCode.isPresent() && exitCode.getAsInt() != 0;
    }
}

package org.cleartrade.deviceio.dock.scenario;

import org.cleartrade.deviceio.dock.android.PhoneShell;
import org.cleartrade.deviceio.dock.android.ShellResult;

/** A {@link PhoneShell} answered in-process by a {@link ScenarioPhone}. */
public final class ScenarioShell implements PhoneShell {

    private final ScenarioPhone phone;
    private int roundTrips;

    public ScenarioShell(ScenarioPhone phone) {
        this.phone = phone;
    }

    @Override
    public ShellResult run(String command) {
        return run(command, new byte[0]);
    }

    @Override
    public ShellResult run(String command, byte[] stdin) {
        roundTrips++;
        ShellResult result = phone.execute(command, stdin);
        // The legacy shell service carries neither exit codes nor separate stderr.
        return phone.scenario().shellV2()
                ? result
                : new ShellResult(java.util.OptionalInt.empty(), result.stdout() + result.stderr(), "");
    }

    /** Commands sent so far. */
    public int roundTrips() {
        return roundTrips;
    }
}

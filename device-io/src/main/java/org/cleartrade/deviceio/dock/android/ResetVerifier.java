package org.cleartrade.deviceio.dock.android;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.VerificationEvidence;

/**
 * Checks a phone that came back after the reset and still answers an adb shell: same serial
 * ({@code ro.serialno}), setup wizard not finished ({@code user_setup_complete} and
 * {@code device_provisioned} both 0) and no accounts. Verified only when all four were observed.
 */
public final class ResetVerifier {

    public static final String METHOD =
            "Phone re-enumerated with the same serial; setup state and account list read over adb";

    private final PhoneShell shell;
    private final Clock clock;

    public ResetVerifier(PhoneShell shell, Clock clock) {
        this.shell = shell;
        this.clock = clock;
    }

    public EraseVerification verify(String expectedSerial) {
        List<String> seen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String serial = shell.run("getprop ro.serialno").stdout().strip();
        record(
                serial.equals(expectedSerial) && !serial.isEmpty(),
                "same serial",
                "serial " + (serial.isEmpty() ? "unreadable" : "differs"),
                seen,
                missing);
        String setup = shell.run(AndroidCommands.USER_SETUP_COMPLETE).stdout().strip();
        record(
                setup.equals("0"),
                "setup wizard not completed",
                "user_setup_complete is '" + setup + "'",
                seen,
                missing);
        String provisioned =
                shell.run(AndroidCommands.DEVICE_PROVISIONED).stdout().strip();
        record(
                provisioned.equals("0"),
                "device not provisioned",
                "device_provisioned is '" + provisioned + "'",
                seen,
                missing);
        Optional<AccountList> accounts =
                AccountList.parse(shell.run(AndroidCommands.ACCOUNTS).stdout());
        record(
                accounts.map(a -> a.count() == 0).orElse(false),
                "no accounts",
                accounts.isEmpty() ? "accounts unreadable" : "accounts present",
                seen,
                missing);
        String detail = "Observed: " + (seen.isEmpty() ? "nothing" : String.join(", ", seen))
                + (missing.isEmpty() ? "" : "; not verified: " + String.join(", ", missing));
        return missing.isEmpty()
                ? EraseVerification.proven(
                        clock.instant(), METHOD, detail, VerificationEvidence.FACTORY_STATE_READ_BACK)
                : EraseVerification.failed(clock.instant(), METHOD, detail);
    }

    private static void record(boolean ok, String good, String bad, List<String> seen, List<String> missing) {
        (ok ? seen : missing).add(ok ? good : bad);
    }
}

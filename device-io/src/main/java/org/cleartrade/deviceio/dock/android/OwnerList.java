package org.cleartrade.deviceio.dock.android;

import java.util.regex.Pattern;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/**
 * {@code dpm list-owners}: either {@code no owners} or a count line followed by one line per
 * owner, {@code User  0: admin=pkg/.Receiver,DeviceOwner} (or {@code ,ProfileOwner}).
 */
public final class OwnerList {

    private static final Pattern OWNER =
            Pattern.compile("^\\s*User\\s+\\d+:\\s+admin=(\\S+?),(DeviceOwner|ProfileOwner)\\b.*$");

    private OwnerList() {}

    public static Check check(ShellResult result) {
        String out = result.stdout().trim();
        if (!result.exitedNonZero() && out.equalsIgnoreCase("no owners")) {
            return new Check(Kind.NO_DEVICE_OWNER, Verdict.PASS, "No device owner or work profile (no MDM)");
        }
        int owners = 0;
        boolean deviceOwner = false;
        for (String line : out.split("\r?\n")) {
            var m = OWNER.matcher(line);
            if (m.matches()) {
                owners++;
                deviceOwner |= m.group(2).equals("DeviceOwner");
            }
        }
        if (owners > 0) {
            return new Check(
                    Kind.NO_DEVICE_OWNER,
                    Verdict.FAIL,
                    deviceOwner
                            ? "The phone is managed by a device owner (MDM): the organisation must release it"
                            : "A work profile (profile owner) is present");
        }
        return new Check(
                Kind.NO_DEVICE_OWNER, Verdict.UNVERIFIED, "Could not verify device owner: unrecognised dpm output");
    }
}

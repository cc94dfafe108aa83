package org.cleartrade.deviceio.dock.android;

import java.util.regex.Pattern;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/**
 * {@code dumpsys isub} (Android 14+): under {@code All subscriptions:} one
 * {@code [SubscriptionInfoInternal: id=... isEmbedded=0|1 ...]} line per subscription the phone
 * remembers. An embedded one is a downloaded eSIM profile, which survives until erased.
 */
public final class SubscriptionList {

    private static final String SECTION = "All subscriptions:";
    private static final Pattern EMBEDDED = Pattern.compile("isEmbedded=(1|true)\\b");
    private static final Pattern ENTRY = Pattern.compile("SubscriptionInfoInternal: id=\\d+");

    private SubscriptionList() {}

    public static Check check(ShellResult result) {
        String out = result.stdout();
        int section = out.indexOf(SECTION);
        if (result.exitedNonZero() || section < 0) {
            return new Check(
                    Kind.ESIM_REMOVED,
                    Verdict.UNVERIFIED,
                    "Could not verify eSIM: subscription list not readable on this phone");
        }
        int embedded = 0;
        for (String line : out.substring(section).split("\r?\n")) {
            if (ENTRY.matcher(line).find() && EMBEDDED.matcher(line).find()) {
                embedded++;
            }
        }
        return embedded == 0
                ? new Check(Kind.ESIM_REMOVED, Verdict.PASS, "No eSIM profile on the phone")
                : new Check(Kind.ESIM_REMOVED, Verdict.FAIL, embedded + " eSIM profile(s) still on the phone");
    }
}

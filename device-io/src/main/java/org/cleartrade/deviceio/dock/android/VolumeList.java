package org.cleartrade.deviceio.dock.android;

import java.util.regex.Pattern;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/**
 * {@code sm list-volumes all}: one {@code <id> <state> <fsUuid>} line per volume. {@code emulated}
 * is internal storage; {@code public:<major>,<minor>} is a portable SD card (or USB stick) and
 * {@code private:<major>,<minor>} an adopted one.
 */
public final class VolumeList {

    private static final Pattern VOLUME = Pattern.compile("^(\\S+) (\\S+) (\\S+)$");

    private VolumeList() {}

    public static Check check(ShellResult result) {
        if (result.exitedNonZero()) {
            return unverified();
        }
        int recognised = 0;
        int cards = 0;
        for (String line : result.stdout().split("\r?\n")) {
            var m = VOLUME.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            String id = m.group(1);
            if (id.equals("emulated") || id.startsWith("emulated;")) {
                recognised++;
            } else if (id.startsWith("public:") || id.startsWith("private:") && !id.equals("private")) {
                recognised++;
                if (!m.group(2).equals("removed") && !m.group(2).equals("bad_removal")) {
                    cards++;
                }
            } else if (id.equals("private")) {
                recognised++;
            }
        }
        if (recognised == 0) {
            return unverified();
        }
        return cards == 0
                ? new Check(Kind.SD_CARD_REMOVED, Verdict.PASS, "No memory card inserted")
                : new Check(Kind.SD_CARD_REMOVED, Verdict.FAIL, "A memory card is still inserted");
    }

    private static Check unverified() {
        return new Check(
                Kind.SD_CARD_REMOVED, Verdict.UNVERIFIED, "Could not verify memory card: unrecognised volume list");
    }
}

package org.cleartrade.deviceio.latch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.deviceio.StateFile;

/**
 * The simulated latch's state in a {@link StateFile}.
 *
 * <pre>
 * bins=4
 * bin.1.door=closed|open
 * bin.1.phone=present|absent
 * bin.1.bolt=engaged|retracted
 * bin.1.stuck=true|false
 * bin.1.command=locked|unlocked
 * bin.1.tamper=true|false
 * </pre>
 */
final class LatchSnapshotFile {

    record BinState(
            int bin,
            boolean doorClosed,
            boolean occupied,
            boolean boltEngaged,
            boolean boltStuck,
            boolean commandedLocked,
            boolean tamper) {}

    private final StateFile store;

    LatchSnapshotFile(Path file) {
        this.store = new StateFile(file, "latch snapshot");
    }

    Optional<List<BinState>> read() {
        return store.read().map(LatchSnapshotFile::states);
    }

    private static List<BinState> states(StateFile.Values p) {
        int count = p.integer("bins");
        if (count < 1 || count > 16) {
            throw p.invalid("bins", "1 to 16", String.valueOf(count));
        }
        List<BinState> states = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String k = "bin." + i + ".";
            states.add(new BinState(
                    i,
                    p.choice(k + "door", "closed", "open"),
                    p.choice(k + "phone", "present", "absent"),
                    p.choice(k + "bolt", "engaged", "retracted"),
                    p.choice(k + "stuck", "true", "false"),
                    p.choice(k + "command", "locked", "unlocked"),
                    p.choice(k + "tamper", "true", "false")));
        }
        return states;
    }

    void write(List<BinState> states) {
        StringBuilder text = new StringBuilder("bins=").append(states.size()).append('\n');
        for (BinState s : states) {
            String k = "bin." + s.bin() + ".";
            line(text, k + "door", s.doorClosed() ? "closed" : "open");
            line(text, k + "phone", s.occupied() ? "present" : "absent");
            line(text, k + "bolt", s.boltEngaged() ? "engaged" : "retracted");
            line(text, k + "stuck", String.valueOf(s.boltStuck()));
            line(text, k + "command", s.commandedLocked() ? "locked" : "unlocked");
            line(text, k + "tamper", String.valueOf(s.tamper()));
        }
        store.write(text.toString());
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }
}

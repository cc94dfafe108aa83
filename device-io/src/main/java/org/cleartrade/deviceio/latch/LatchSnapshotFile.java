package org.cleartrade.deviceio.latch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
    private final Path file;

    LatchSnapshotFile(Path file) {
        this.store = new StateFile(file, "latch snapshot");
        this.file = file;
    }

    Optional<List<BinState>> read() {
        return store.read().map(this::states);
    }

    private List<BinState> states(Properties p) {
        int count = integer(p, "bins");
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException(file + ": bins must be 1 to 16, was " + count);
        }
        List<BinState> states = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String k = "bin." + i + ".";
            states.add(new BinState(
                    i,
                    choice(p, k + "door", "closed", "open"),
                    choice(p, k + "phone", "present", "absent"),
                    choice(p, k + "bolt", "engaged", "retracted"),
                    choice(p, k + "stuck", "true", "false"),
                    choice(p, k + "command", "locked", "unlocked"),
                    choice(p, k + "tamper", "true", "false")));
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

    private int integer(Properties p, String key) {
        String v = p.getProperty(key);
        try {
            return Integer.parseInt(v == null ? "" : v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + key + " must be a number, was " + v, e);
        }
    }

    private boolean choice(Properties p, String key, String yes, String no) {
        String v = p.getProperty(key);
        if (yes.equals(v)) {
            return true;
        }
        if (no.equals(v)) {
            return false;
        }
        throw new IllegalArgumentException(file + ": " + key + " must be " + yes + " or " + no + ", was " + v);
    }
}

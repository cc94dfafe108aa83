package org.cleartrade.deviceio.dock.simulated;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cleartrade.deviceio.StateFile;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;

/**
 * The simulated dock's physical state in a {@link StateFile}.
 *
 * <pre>
 * phone=none|&lt;scenario id&gt;
 * authorized=true|false
 * commands=&lt;shell commands the phone has answered&gt;
 * resetting-until=none|&lt;ISO instant&gt;
 * installed=&lt;package&gt;,...
 * helper-owner=true|false          (absent in files written before it existed: false)
 * </pre>
 */
final class DockSnapshotFile {

    private final StateFile store;

    DockSnapshotFile(Path file) {
        this.store = new StateFile(file, "dock snapshot");
    }

    /** The saved phone; empty when the file is missing or says no phone is on the cable. */
    Optional<ScenarioPhone.State> read() {
        return store.read().flatMap(DockSnapshotFile::phone);
    }

    private static Optional<ScenarioPhone.State> phone(StateFile.Values p) {
        String phone = p.text("phone");
        if (phone.equals("none")) {
            return Optional.empty();
        }
        String until = p.text("resetting-until");
        String installed = p.text("installed", "");
        return Optional.of(new ScenarioPhone.State(
                phone,
                p.choice("authorized", "true", "false"),
                commands(p),
                until.equals("none") ? Optional.empty() : Optional.of(instant(p, "resetting-until", until)),
                installed.isEmpty() ? Set.of() : Set.of(installed.split(",")),
                p.text("helper-owner", "false").equals("true")));
    }

    void write(Optional<ScenarioPhone.State> phone) {
        StringBuilder text = new StringBuilder();
        if (phone.isEmpty()) {
            text.append("phone=none\n");
        } else {
            ScenarioPhone.State s = phone.get();
            text.append("phone=").append(s.scenarioId()).append('\n');
            text.append("authorized=").append(s.authorized()).append('\n');
            text.append("commands=").append(s.commandsRun()).append('\n');
            text.append("resetting-until=")
                    .append(s.resettingUntil().map(Instant::toString).orElse("none"))
                    .append('\n');
            text.append("installed=")
                    .append(new TreeSet<>(s.installed()).stream().collect(Collectors.joining(",")))
                    .append('\n');
            text.append("helper-owner=").append(s.helperOwner()).append('\n');
        }
        store.write(text.toString());
    }

    private static int commands(StateFile.Values p) {
        int n = p.integer("commands");
        if (n < 0) {
            throw p.invalid("commands", "a whole number", String.valueOf(n));
        }
        return n;
    }

    private static Instant instant(StateFile.Values p, String key, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw p.invalid(key, "an ISO instant or none", v);
        }
    }
}

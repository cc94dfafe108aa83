package org.cleartrade.deviceio.dock.simulated;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
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
 * </pre>
 */
final class DockSnapshotFile {

    private final StateFile store;
    private final Path file;

    DockSnapshotFile(Path file) {
        this.store = new StateFile(file, "dock snapshot");
        this.file = file;
    }

    /** The saved phone; empty when the file is missing or says no phone is on the cable. */
    Optional<ScenarioPhone.State> read() {
        return store.read().flatMap(this::phone);
    }

    private Optional<ScenarioPhone.State> phone(Properties p) {
        String phone = required(p, "phone");
        if (phone.equals("none")) {
            return Optional.empty();
        }
        String until = required(p, "resetting-until");
        String installed = p.getProperty("installed", "");
        return Optional.of(new ScenarioPhone.State(
                phone,
                bool(p, "authorized"),
                commands(p),
                until.equals("none") ? Optional.empty() : Optional.of(instant("resetting-until", until)),
                installed.isEmpty() ? Set.of() : Set.of(installed.split(","))));
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
        }
        store.write(text.toString());
    }

    private String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(file + ": " + key + " is missing");
        }
        return v.strip();
    }

    private boolean bool(Properties p, String key) {
        String v = required(p, key);
        if (!Arrays.asList("true", "false").contains(v)) {
            throw new IllegalArgumentException(file + ": " + key + " must be true or false, was " + v);
        }
        return Boolean.parseBoolean(v);
    }

    private int commands(Properties p) {
        String v = required(p, "commands");
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": commands must be a whole number, was " + v, e);
        }
    }

    private Instant instant(String key, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + key + " must be an ISO instant or none, was " + v, e);
        }
    }
}

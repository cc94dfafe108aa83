package org.cleartrade.deviceio.dock.simulated;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cleartrade.deviceio.StateFile;
import org.cleartrade.deviceio.dock.iphone.ScenarioIphone;

/**
 * The simulated iPhone cable's physical state in a {@link StateFile}.
 *
 * <pre>
 * iphone=none|&lt;scenario id&gt;
 * locked=true|false
 * prompt=NONE|SHOWN|ACCEPTED|DECLINED
 * trusted=&lt;system BUID&gt;,...
 * requests=&lt;lockdown requests the phone has answered&gt;
 * erasing-until=none|&lt;ISO instant&gt;
 * never-back=true|false
 * </pre>
 */
final class IphoneSnapshotFile {

    private final StateFile store;

    IphoneSnapshotFile(Path file) {
        this.store = new StateFile(file, "iPhone dock snapshot");
    }

    Optional<ScenarioIphone.State> read() {
        return store.read().flatMap(IphoneSnapshotFile::phone);
    }

    private static Optional<ScenarioIphone.State> phone(StateFile.Values p) {
        String id = p.text("iphone");
        if (id.equals("none")) {
            return Optional.empty();
        }
        ScenarioIphone.Prompt prompt;
        try {
            prompt = ScenarioIphone.Prompt.valueOf(p.text("prompt"));
        } catch (IllegalArgumentException e) {
            throw p.invalid("prompt", "NONE, SHOWN, ACCEPTED or DECLINED", p.text("prompt"));
        }
        String trusted = p.text("trusted", "");
        String until = p.text("erasing-until");
        Optional<Instant> erasing;
        try {
            erasing = until.equals("none") ? Optional.empty() : Optional.of(Instant.parse(until));
        } catch (DateTimeParseException e) {
            throw p.invalid("erasing-until", "none or an ISO instant", until);
        }
        return Optional.of(new ScenarioIphone.State(
                id,
                p.choice("locked", "true", "false"),
                prompt,
                trusted.isEmpty() ? Set.of() : Set.of(trusted.split(",")),
                p.integer("requests"),
                erasing,
                p.choice("never-back", "true", "false")));
    }

    void write(Optional<ScenarioIphone.State> phone) {
        if (phone.isEmpty()) {
            store.write("iphone=none\n");
            return;
        }
        ScenarioIphone.State s = phone.get();
        store.write("iphone=" + s.scenarioId() + "\nlocked=" + s.locked() + "\nprompt=" + s.prompt() + "\ntrusted="
                + String.join(",", new TreeSet<>(s.trustedBuids())) + "\nrequests=" + s.requests()
                + "\nerasing-until=" + s.erasingUntil().map(Instant::toString).orElse("none") + "\nnever-back="
                + s.neverBack() + "\n");
    }
}

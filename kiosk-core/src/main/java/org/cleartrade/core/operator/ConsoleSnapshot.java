package org.cleartrade.core.operator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What the operator screens render; immutable, published after every event. */
public record ConsoleSnapshot(
        OperatorConsole.Phase phase,
        Optional<String> operatorId,
        Optional<Role> role,
        OptionalInt openBin,
        Notice notice,
        List<CustodyManifest.Release> releases,
        List<Discrepancy> discrepancies,
        Optional<CustodyManifest> lastManifest,
        List<DeviceSelfTest.Result> selfTest) {

    public ConsoleSnapshot {
        releases = List.copyOf(releases);
        discrepancies = List.copyOf(discrepancies);
        selfTest = List.copyOf(selfTest);
    }

    /** A compact text form for the session journal; it carries no PIN and no personal data. */
    String journalText() {
        return "phase=" + phase
                + ";operator=" + operatorId.orElse("")
                + ";bin=" + (openBin.isPresent() ? openBin.getAsInt() : "")
                + ";notice=" + notice.key()
                + ";releases=" + releases.size()
                + ";discrepancies=" + discrepancies.size();
    }
}

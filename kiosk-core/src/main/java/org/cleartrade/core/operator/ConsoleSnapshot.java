package org.cleartrade.core.operator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * What the operator screens render; immutable, published after every event.
 *
 * @param handOver a staff continuation of an interrupted trade that the kiosk's seat starts now;
 *     set only by the event that decided it (the console has signed out)
 * @param expected while a bin is open, the trade whose phone should come out of it and is not
 *     scanned yet: staff compare its serial (or IMEI, when the kiosk read one) with the phone
 */
public record ConsoleSnapshot(
        OperatorConsole.Phase phase,
        Optional<String> operatorId,
        Optional<Role> role,
        OptionalInt openBin,
        Notice notice,
        List<CustodyManifest.Release> releases,
        List<Discrepancy> discrepancies,
        Optional<CustodyManifest> lastManifest,
        List<DeviceSelfTest.Result> selfTest,
        Optional<SessionSnapshot> handOver,
        Optional<TradeRecord> expected) {

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

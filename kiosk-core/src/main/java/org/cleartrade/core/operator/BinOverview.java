package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ports.latch.BinStatus;

/**
 * One bin as the operator sees it: what the controller reports, what the ledger says it holds,
 * and whether that phone may leave yet.
 *
 * @param status empty when the controller could not be read; {@code problem} says why
 * @param certificateId the erasure certificate of the phone in the bin
 */
public record BinOverview(
        int bin,
        Optional<BinStatus> status,
        Optional<TradeRecord> trade,
        Optional<String> certificateId,
        Optional<Instant> holdUntil,
        String problem) {

    public boolean onHoldAt(Instant now) {
        return holdUntil.map(now::isBefore).orElse(false);
    }

    /** The ledger and the occupancy sensor disagree. */
    public boolean mismatch() {
        return status.map(s -> s.occupied() != trade.isPresent()).orElse(false);
    }
}

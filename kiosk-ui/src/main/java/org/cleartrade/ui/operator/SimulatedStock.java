package org.cleartrade.ui.operator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;

/**
 * Puts phones into the bins of a simulated kiosk as finished trades would have: each trade is
 * erased, certified and binned in the ledger (through the ledger's own custody rules) and the
 * simulated bin holds a phone behind a locked door. For the operator screens' tests and
 * screenshots; the seller journey fills bins the real way.
 */
public final class SimulatedStock {

    private final Ledger ledger;
    private final SimulatedBinLatch latch;
    private final Clock clock;
    private final BoltWatch bolts;

    /** @param bolts waits for the simulated servo, so it must move {@code clock} on */
    public SimulatedStock(Ledger ledger, SimulatedBinLatch latch, Clock clock, BoltWatch bolts) {
        this.ledger = ledger;
        this.latch = latch;
        this.clock = clock;
        this.bolts = bolts;
    }

    /**
     * A phone in {@code bin} under {@code tradeId}, on hold until {@code holdUntil}; an empty
     * {@code imei} is a phone whose IMEI the kiosk never read (Android 10 and later hide it), known
     * by its serial ({@link #serialOf}) only.
     */
    public SimulatedStock phone(int bin, String tradeId, String imei, String model, Instant holdUntil) {
        binnedInLedger(bin, tradeId, imei, model, holdUntil);
        latch.unlock(bin);
        bolts.await(latch, bin, false);
        latch.openDoor(bin);
        latch.putPhone(bin);
        latch.closeDoor(bin);
        latch.lock(bin);
        bolts.await(latch, bin, true);
        return this;
    }

    /** The ledger says {@code bin} holds the trade; the bin itself is empty (a missing phone). */
    public SimulatedStock missingPhone(int bin, String tradeId, String imei, String model, Instant holdUntil) {
        binnedInLedger(bin, tradeId, imei, model, holdUntil);
        return this;
    }

    /**
     * A seller session {@code sessionId} that ended calling staff with an alert of {@code kind};
     * its alert id is {@code sessionId + "#1"}, as the session engine numbers them.
     */
    public SimulatedStock alert(
            String sessionId, OperatorAlert.Kind kind, OptionalInt bin, Optional<String> tradeId, String detail) {
        Instant now = clock.instant();
        ledger.commit(
                new JournalEntry(sessionId, 1, now, "ISSUING_VOUCHER", "Timeout", "OPERATOR_NEEDED", "", true),
                List.of(new LedgerFact.AlertRaised(
                        sessionId + "#1", kind.name(), sessionId, bin, tradeId, detail, now)),
                Ledger.Durability.SYNCED);
        return this;
    }

    /**
     * As {@link #alert}, for a trade whose seller is still owed money: the alert names what the
     * ledger says they are owed, as the session engine's alerts after an erase do, so staff must
     * finish the trade before they may resolve it.
     */
    public SimulatedStock owingAlert(
            String sessionId, OperatorAlert.Kind kind, int bin, String tradeId, String detail) {
        Instant now = clock.instant();
        ledger.commit(
                new JournalEntry(sessionId, 1, now, "ISSUING_VOUCHER", "Timeout", "OPERATOR_NEEDED", "", true),
                List.of(new LedgerFact.AlertRaised(
                        sessionId + "#1",
                        kind.name(),
                        sessionId,
                        OptionalInt.of(bin),
                        Optional.of(tradeId),
                        detail,
                        now,
                        ledger.owedToSeller(tradeId))),
                Ledger.Durability.SYNCED);
        return this;
    }

    private void binnedInLedger(int bin, String tradeId, String imei, String model, Instant holdUntil) {
        Instant now = clock.instant();
        String session = "stock-" + tradeId;
        String[] makeAndModel = model.split(" ", 2);
        TradeRecord erased = trade(
                tradeId, session, TradeRecord.Status.ERASED, makeAndModel, imei, Optional.empty(), holdUntil, now);
        TradeRecord binned = trade(
                tradeId, session, TradeRecord.Status.BINNED, makeAndModel, imei, Optional.of(bin), holdUntil, now);
        ledger.commit(
                new JournalEntry(session, 1, now, "DEPOSIT", "DoorLocked", "COMPLETED", "", true),
                List.of(
                        new LedgerFact.TradeSaved(erased),
                        new LedgerFact.CertificateIssued(
                                "cert-" + tradeId, tradeId, "certificate of " + tradeId, "QR", now),
                        new LedgerFact.TradeSaved(binned),
                        new LedgerFact.PhoneBinned(bin, tradeId, holdUntil)),
                Ledger.Durability.SYNCED);
    }

    /** A serial a barcode can carry, as a phone's own: letters and digits only, {@code SER} + the trade id's. */
    public static String serialOf(String tradeId) {
        return "SER" + tradeId.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static TradeRecord trade(
            String tradeId,
            String session,
            TradeRecord.Status status,
            String[] makeAndModel,
            String imei,
            Optional<Integer> bin,
            Instant holdUntil,
            Instant now) {
        return new TradeRecord(
                tradeId,
                session,
                status,
                makeAndModel[0],
                makeAndModel.length > 1 ? makeAndModel[1] : "",
                serialOf(tradeId),
                imei.isEmpty() ? Optional.empty() : Optional.of(imei),
                "quote-" + tradeId,
                12_500,
                "USD",
                bin,
                bin.map(b -> holdUntil),
                false,
                now);
    }
}

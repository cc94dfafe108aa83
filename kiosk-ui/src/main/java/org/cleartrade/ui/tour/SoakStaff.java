package org.cleartrade.ui.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;

/**
 * What store staff do between sellers in a soak, so four bins serve hundreds of sellers: refill
 * the paper, free a jammed latch and lock every bin, and scan the traded phones out of the bins
 * with the same ledger facts the operator screen's scan-out commits (trade released, phone
 * released, audited), journaled as an ended operator entry. The soak's jurisdiction holds traded
 * phones for no days, so a phone may leave the bin as soon as it is in.
 */
final class SoakStaff {

    static final String STAFF = "soak-staff";

    private final SimulatedKiosk kiosk;
    private int rounds;

    SoakStaff(SimulatedKiosk kiosk) {
        this.kiosk = kiosk;
    }

    /** One visit: devices back in service, traded phones out of the bins. */
    void round() {
        SimulatedBinLatch latch = kiosk.devices().latch();
        kiosk.devices().printer().setStatus(PrinterStatus.READY);
        Ledger ledger = kiosk.ledger();
        Set<Integer> traded = ledger.binContents().stream()
                .filter(c -> c.tradeId().isPresent())
                .map(Ledger.BinContent::bin)
                .collect(Collectors.toSet());
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            latch.freeLatch(bin);
            BinStatus status = latch.status(bin);
            if (!status.secured() || status.occupied() && !traded.contains(bin)) {
                latch.unlock(bin);
                latch.openDoor(bin);
                if (!traded.contains(bin)) {
                    latch.removePhone(bin);
                }
                latch.closeDoor(bin);
                latch.lock(bin);
            }
        }
        List<LedgerFact> facts = new ArrayList<>();
        for (Ledger.BinContent content : ledger.binContents()) {
            if (content.tradeId().isEmpty()) {
                continue;
            }
            String tradeId = content.tradeId().get();
            latch.unlock(content.bin());
            latch.openDoor(content.bin());
            latch.removePhone(content.bin());
            latch.closeDoor(content.bin());
            latch.lock(content.bin());
            ledger.trade(tradeId)
                    .ifPresent(t -> facts.add(
                            new LedgerFact.TradeSaved(t.released(kiosk.clock().instant()))));
            facts.add(new LedgerFact.PhoneReleased(content.bin(), tradeId, STAFF));
            facts.add(new LedgerFact.Audited(STAFF, "custody.release", "bin " + content.bin() + " trade " + tradeId));
        }
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            if (!latch.status(bin).secured()) {
                throw new IllegalStateException("staff could not secure bin " + bin + ": " + latch.status(bin));
            }
        }
        if (facts.isEmpty()) {
            return;
        }
        rounds++;
        ledger.commit(
                new JournalEntry(
                        "OPS-SOAK-" + rounds,
                        1,
                        kiosk.clock().instant(),
                        "OPERATOR",
                        "ScanOut",
                        "ENDED",
                        "operator scan-out",
                        true),
                facts,
                Ledger.Durability.SYNCED);
        kiosk.settle();
    }
}

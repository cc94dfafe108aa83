package org.cleartrade.core.driver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.deviceio.latch.BinStatus;
import org.cleartrade.deviceio.printer.PrinterStatus;

/**
 * What store staff do between journeys in a headless run: answer alerts (take a phone left on the
 * dock, free a jammed latch, close an open door, refill the paper), and scan phones out of the
 * bins once their hold period is over so the kiosk never fills up. Scan-outs are committed to the
 * ledger as an ended operator journal entry with {@code PhoneReleased} and the released trade.
 */
final class StaffRound {

    private final SimulatedKiosk kiosk;
    private final Ledger ledger;
    private final VirtualTime time;
    private final String runId;
    private int rounds;

    /** @param runId makes the scan-out journal ids of this run unique in a ledger several runs share */
    StaffRound(SimulatedKiosk kiosk, Ledger ledger, VirtualTime time, String runId) {
        this.kiosk = kiosk;
        this.ledger = ledger;
        this.time = time;
        this.runId = runId;
    }

    /** Plugs a latch controller whose cable was pulled back in, so the bins can be read again. */
    void reconnect() {
        kiosk.latch().plugIn();
    }

    /** Puts every device back in service. */
    void tidy() {
        reconnect();
        kiosk.dock().unplug();
        kiosk.printer().setStatus(PrinterStatus.READY);
        kiosk.blockList().answer(new org.cleartrade.core.backoffice.BlockList.Answer.Clear());
        Set<Integer> tradedBins = tradedBins();
        for (int bin = 1; bin <= kiosk.latch().binCount(); bin++) {
            boolean traded = tradedBins.contains(bin);
            kiosk.latch().freeLatch(bin);
            BinStatus status = kiosk.latch().status(bin);
            if (status.jammed() || status.tamper() || status.occupied() && !traded) {
                openBin(bin);
                if (!traded) {
                    kiosk.latch().removePhone(bin);
                }
                closeAndLock(bin);
            } else if (!status.secured()) {
                // A door left open, or after a restart a bolt still travelling: close and lock it.
                closeAndLock(bin);
            }
        }
    }

    /** Marks every open alert resolved, as staff would once they have tidied up. */
    void resolveAlerts() {
        List<LedgerFact> facts = new ArrayList<>();
        for (LedgerFact.AlertRaised alert : ledger.openAlerts()) {
            facts.add(new LedgerFact.AlertResolved(alert.alertId(), "driver-staff"));
        }
        if (!facts.isEmpty()) {
            commit("ResolveAlerts", "operator resolved alerts", facts);
        }
    }

    /** Scans every binned phone out once fewer than {@code minFree} bins are free. */
    void scanOutIfFull(int minFree) {
        List<Ledger.BinContent> contents = ledger.binContents();
        long free = kiosk.latch().binCount() - tradedBins().size();
        if (free >= minFree) {
            return;
        }
        Instant latestHold = contents.stream()
                .flatMap(c -> c.holdUntil().stream())
                .max(Instant::compareTo)
                .orElse(time.now());
        if (latestHold.isAfter(time.now())) {
            time.pause(Duration.between(time.now(), latestHold).plusSeconds(1));
        }
        List<LedgerFact> facts = new ArrayList<>();
        for (Ledger.BinContent content : contents) {
            if (content.tradeId().isEmpty()) {
                continue;
            }
            String tradeId = content.tradeId().get();
            openBin(content.bin());
            kiosk.latch().removePhone(content.bin());
            closeAndLock(content.bin());
            facts.add(new LedgerFact.PhoneReleased(content.bin(), tradeId, "driver-staff"));
            ledger.trade(tradeId).ifPresent(t -> facts.add(new LedgerFact.TradeSaved(t.released(time.now()))));
        }
        facts.add(new LedgerFact.Audited("driver-staff", "scan-out", facts.size() / 2 + " phones"));
        commit("ScanOut", "operator scan-out", facts);
    }

    /** One staff visit, journaled as a one-entry operator session. */
    private void commit(String event, String snapshot, List<LedgerFact> facts) {
        rounds++;
        ledger.commit(
                new JournalEntry(
                        "OPS-" + runId + "-" + rounds, 1, time.now(), "OPERATOR", event, "ENDED", snapshot, true),
                facts,
                Ledger.Durability.SYNCED);
    }

    private void openBin(int bin) {
        if (kiosk.latch().status(bin).doorClosed()) {
            kiosk.latch().unlock(bin);
            time.pause(Duration.ofSeconds(1));
            kiosk.latch().openDoor(bin);
        }
    }

    private void closeAndLock(int bin) {
        kiosk.latch().closeDoor(bin);
        kiosk.latch().lock(bin);
        time.pause(Duration.ofSeconds(1));
        Optional.of(kiosk.latch().status(bin)).filter(s -> !s.secured()).ifPresent(s -> {
            throw new IllegalStateException("staff could not secure bin " + bin + ": " + s);
        });
    }

    /** Bins the ledger says hold a phone; a bin it does not list has never held one. */
    private Set<Integer> tradedBins() {
        return ledger.binContents().stream()
                .filter(c -> c.tradeId().isPresent())
                .map(Ledger.BinContent::bin)
                .collect(java.util.stream.Collectors.toSet());
    }
}

package org.cleartrade.core.driver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SnapshotCodec;
import org.cleartrade.core.session.StaffContinuation;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;

/**
 * What store staff do between journeys in a headless run: first finish every trade whose alert
 * still owes its seller money, through the same recovery actions the operator screen offers (take
 * the phone in, issue or print the voucher again, pay by hand, give the phone back); then answer
 * the alerts (take a phone left on the dock, free a jammed latch, close an open door, refill the
 * paper), and scan phones out of the bins once their hold period is over so the kiosk never fills
 * up. Staff decisions are committed to the ledger as ended operator journal entries.
 */
final class StaffRound {

    private final SimulatedKiosk kiosk;
    private final Ledger ledger;
    private final VirtualTime time;
    private final String runId;
    private int rounds;
    private int continuations;

    static final String STAFF = "driver-staff";

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
        kiosk.iphone().unplug();
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

    /**
     * Finishes, for its seller, every trade an open alert says is owed money: a step the kiosk can
     * take again (take the phone in, issue or print the voucher) runs as a staff continuation
     * through {@code continueTrade}; otherwise staff pay by hand, or give the erased phone back.
     * Returns the violations the continuations caused.
     */
    List<String> settleOwedTrades(Function<SessionSnapshot, List<String>> continueTrade) {
        List<String> violations = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<LedgerFact.AlertRaised> owing = ledger.openAlerts().stream()
                    .filter(a -> a.owed().isPresent()
                            && a.tradeId().flatMap(ledger::owedToSeller).isPresent())
                    .toList();
            if (owing.isEmpty()) {
                return violations;
            }
            for (LedgerFact.AlertRaised alert : owing) {
                Optional<TradeRecovery.Situation> s =
                        TradeRecovery.Situation.read(ledger, alert.tradeId().orElseThrow());
                if (s.isEmpty() || s.get().owed().isEmpty()) {
                    continue;
                }
                violations.addAll(settle(s.get(), round == 0, continueTrade));
            }
        }
        ledger.openAlerts().stream()
                .filter(a -> a.owed().isPresent()
                        && a.tradeId().flatMap(ledger::owedToSeller).isPresent())
                .forEach(a -> violations.add(
                        "staff could not settle trade " + a.tradeId().orElseThrow()));
        return violations;
    }

    private List<String> settle(
            TradeRecovery.Situation s, boolean kioskFirst, Function<SessionSnapshot, List<String>> continueTrade) {
        List<TradeRecovery.Action> options = TradeRecovery.options(s);
        Optional<StaffContinuation.Step> step = kioskFirst ? kioskStep(options) : Optional.empty();
        if (step.isPresent()) {
            List<JournalEntry> journal = ledger.journal(s.trade().sessionId());
            SessionSnapshot interrupted =
                    SnapshotCodec.decode(journal.get(journal.size() - 1).snapshot());
            Set<Integer> taken = new java.util.HashSet<>(tradedBins());
            ledger.binReservations().forEach(r -> taken.add(r.bin()));
            SessionSnapshot next = StaffContinuation.of(
                    interrupted,
                    StaffContinuation.sessionId(interrupted.sessionId(), String.format("%06d", ++continuations)),
                    STAFF,
                    step.get(),
                    taken,
                    time.now());
            commit(
                    "Recover",
                    "operator continued a trade",
                    List.of(new LedgerFact.Audited(
                            STAFF,
                            "recovery.continue",
                            step.get() + " trade " + s.trade().tradeId() + " in session " + next.sessionId())));
            return continueTrade.apply(next);
        }
        if (options.contains(TradeRecovery.Action.PAY_BY_HAND)) {
            commit("Recover", "operator paid by hand", TradeRecovery.payByHand(s, STAFF, time.now()));
        } else if (options.contains(TradeRecovery.Action.RETURN_PHONE)
                && s.bin().isEmpty()) {
            commit("Recover", "operator gave the phone back", TradeRecovery.phoneReturned(s, STAFF, time.now()));
        }
        return List.of();
    }

    private static Optional<StaffContinuation.Step> kioskStep(List<TradeRecovery.Action> options) {
        if (options.contains(TradeRecovery.Action.TAKE_PHONE_IN)) {
            return Optional.of(StaffContinuation.Step.TAKE_PHONE_IN);
        }
        if (options.contains(TradeRecovery.Action.ISSUE_VOUCHER)) {
            return Optional.of(StaffContinuation.Step.ISSUE_VOUCHER);
        }
        if (options.contains(TradeRecovery.Action.PRINT_VOUCHER_AGAIN)) {
            return Optional.of(StaffContinuation.Step.PRINT_VOUCHER_AGAIN);
        }
        return Optional.empty();
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

package org.cleartrade.core.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.pricing.quote.Money;

/**
 * The rules no journey may break, checked against the ledger and the latch after every journey:
 * every phone the ledger puts in a bin belongs to a completed trade and sits behind a locked door;
 * every voucher belongs to a trade whose phone was locked in a bin after a verified erasure (a
 * certificate exists); no voucher is issued twice; a trade is paid only with a payout that reached
 * its seller; no session is left open; a session that called staff left an open alert for them; and
 * no seller whose phone was erased ends a session unpaid without an open alert that names what they
 * are owed.
 */
final class Invariants {

    private final Ledger ledger;
    private final BinLatch latch;
    /** Every voucher seen, with its trade: a trade is checked again when staff finish it. */
    private final Map<String, String> tradeOfVoucher = new HashMap<>();

    Invariants(Ledger ledger, BinLatch latch) {
        this.ledger = ledger;
        this.latch = latch;
    }

    /** The violations after a journey, each a sentence naming the trade or bin. */
    List<String> check(String sessionId, Optional<String> tradeId) {
        List<String> violations = new ArrayList<>();
        for (Ledger.BinContent content : ledger.binContents()) {
            if (content.tradeId().isEmpty()) {
                continue;
            }
            String id = content.tradeId().get();
            Optional<TradeRecord> trade = ledger.trade(id);
            if (trade.isEmpty()
                    || trade.get().status() != TradeRecord.Status.BINNED
                            && trade.get().status() != TradeRecord.Status.PAID) {
                violations.add("bin " + content.bin() + " holds trade " + id + " which is not completed");
            }
            BinStatus status = latch.status(content.bin());
            if (!status.secured()) {
                violations.add("bin " + content.bin() + " holds trade " + id + " but is not locked and closed");
            }
        }
        tradeId.ifPresent(id -> checkVoucher(id, violations));
        tradeId.ifPresent(id -> checkOwed(sessionId, id, violations));
        if (ledger.openSessions().stream().anyMatch(e -> e.sessionId().equals(sessionId))) {
            violations.add("session " + sessionId + " is still open in the journal");
        }
        List<JournalEntry> journal = ledger.journal(sessionId);
        boolean calledStaff =
                !journal.isEmpty() && journal.get(journal.size() - 1).toPhase().equals(Phase.OPERATOR_NEEDED.name());
        if (calledStaff
                && ledger.openAlerts().stream().noneMatch(a -> a.sessionId().equals(sessionId))) {
            violations.add("session " + sessionId + " called staff but no alert is open for it");
        }
        return violations;
    }

    /** The violations of the rule that an erased phone's seller is paid, given it back, or named in an alert. */
    List<String> checkOwed(String sessionId, String tradeId) {
        List<String> violations = new ArrayList<>();
        checkOwed(sessionId, tradeId, violations);
        return violations;
    }

    /** A seller whose phone was erased is paid, given the phone back, or named in an open alert. */
    private void checkOwed(String sessionId, String tradeId, List<String> violations) {
        Optional<Money> owed = ledger.owedToSeller(tradeId);
        if (owed.isEmpty()) {
            Optional<TradeRecord> trade = ledger.trade(tradeId);
            if (trade.isPresent()
                    && trade.get().status() == TradeRecord.Status.PAID
                    && ledger.settlement(tradeId).paid().isEmpty()) {
                violations.add("trade " + tradeId + " is paid but no payout reached its seller");
            }
            return;
        }
        boolean named = ledger.openAlerts().stream()
                .anyMatch(a ->
                        a.tradeId().equals(Optional.of(tradeId)) && a.owed().equals(owed));
        if (!named) {
            violations.add("session " + sessionId + " left the seller of erased trade " + tradeId + " unpaid ("
                    + owed.get().text() + ") without an open alert naming it");
        }
    }

    /** Whether the seller of {@code tradeId} had their phone erased and is neither paid nor given it back. */
    boolean unpaidAfterErase(String tradeId) {
        return ledger.owedToSeller(tradeId).isPresent();
    }

    private void checkVoucher(String tradeId, List<String> violations) {
        Optional<LedgerFact.VoucherIssued> voucher = ledger.voucher(tradeId);
        if (voucher.isEmpty()) {
            return;
        }
        String earlierTrade = tradeOfVoucher.putIfAbsent(voucher.get().voucherId(), tradeId);
        if (earlierTrade != null && !earlierTrade.equals(tradeId)) {
            violations.add("voucher " + voucher.get().voucherId() + " was issued twice, for trades " + earlierTrade
                    + " and " + tradeId);
        }
        TradeRecord trade = ledger.trade(tradeId).orElse(null);
        boolean voided = ledger.settlement(tradeId).voucherVoided().isPresent();
        if (trade == null
                || trade.status() != TradeRecord.Status.PAID && trade.status() != TradeRecord.Status.BINNED && !voided
                || trade.bin().isEmpty() && !voided) {
            violations.add("voucher of trade " + tradeId + " but the trade is not paid from a bin");
            return;
        }
        if (voided) {
            return;
        }
        if (ledger.certificate(tradeId).isEmpty()) {
            violations.add("voucher of trade " + tradeId + " without a verified-erasure certificate");
        }
        boolean inBin = ledger.binContents().stream()
                .anyMatch(c -> c.bin() == trade.bin().get() && c.tradeId().equals(Optional.of(tradeId)));
        if (!inBin || !latch.status(trade.bin().get()).secured()) {
            violations.add("voucher of trade " + tradeId + " but its phone is not locked in bin "
                    + trade.bin().get());
        }
    }

    /** Checks that hold for the whole run. */
    List<String> checkEnd() {
        List<String> violations = new ArrayList<>();
        for (LedgerFact.AlertRaised alert : ledger.openAlerts()) {
            alert.tradeId()
                    .flatMap(ledger::owedToSeller)
                    .ifPresent(owed -> violations.add("after staff finished, the seller of trade "
                            + alert.tradeId().get() + " is still owed " + owed.text()));
        }
        Ledger.AuditVerification audit = ledger.verifyAuditChain();
        if (!audit.intact()) {
            violations.add(
                    "audit chain broken at link " + audit.firstBrokenLink().orElse(-1L));
        }
        if (!ledger.openSessions().isEmpty()) {
            violations.add(ledger.openSessions().size() + " sessions left open");
        }
        return violations;
    }
}

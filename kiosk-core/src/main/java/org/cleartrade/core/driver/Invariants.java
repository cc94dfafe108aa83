package org.cleartrade.core.driver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.deviceio.latch.BinLatch;
import org.cleartrade.deviceio.latch.BinStatus;

/**
 * The rules no journey may break, checked against the ledger and the latch after every journey:
 * every phone the ledger puts in a bin belongs to a completed trade and sits behind a locked door;
 * every voucher belongs to a trade whose phone was locked in a bin after a verified erasure (a
 * certificate exists); no voucher is issued twice; no session is left open; a session that called
 * staff left an open alert for them.
 */
final class Invariants {

    private final Ledger ledger;
    private final BinLatch latch;
    private final Set<String> voucherIds = new HashSet<>();

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

    private void checkVoucher(String tradeId, List<String> violations) {
        Optional<LedgerFact.VoucherIssued> voucher = ledger.voucher(tradeId);
        if (voucher.isEmpty()) {
            return;
        }
        if (!voucherIds.add(voucher.get().voucherId())) {
            violations.add("voucher " + voucher.get().voucherId() + " was issued twice");
        }
        TradeRecord trade = ledger.trade(tradeId).orElse(null);
        if (trade == null
                || trade.status() != TradeRecord.Status.PAID
                || trade.bin().isEmpty()) {
            violations.add("voucher of trade " + tradeId + " but the trade is not paid from a bin");
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

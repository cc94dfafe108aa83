package org.cleartrade.ledger.killtest;

import java.time.Clock;
import java.util.function.BiConsumer;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerFact.Outbound;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.Trades;

/**
 * What the kiosk does with each open session after a restart, for the workload's phases: before
 * acceptance the phone goes back; accepted but not deposited, the trade is voided and the operator
 * told; deposited but unpaid, the voucher is issued now; paid, the voucher is reprinted.
 */
final class SessionRecovery {
    private final Ledger ledger;
    private final Clock clock;
    private final BiConsumer<SessionWriter, String> ack;

    SessionRecovery(Ledger ledger, Clock clock, BiConsumer<SessionWriter, String> ack) {
        this.ledger = ledger;
        this.clock = clock;
        this.ack = ack;
    }

    static String tradeOf(String sessionId) {
        return "T-" + sessionId;
    }

    void recoverAll() {
        for (JournalEntry open : ledger.openSessions()) {
            recover(open);
        }
    }

    private void recover(JournalEntry last) {
        String sessionId = last.sessionId();
        String tradeId = tradeOf(sessionId);
        SessionWriter s = new SessionWriter(ledger, sessionId, clock, last.seq(), last.toPhase());
        switch (last.toPhase()) {
            case "IDENTITY":
            case "CONSENT":
            case "ERASING":
            case "RECEIPT":
            case "DEPOSIT":
                end(
                        s,
                        "RecoveredVoid",
                        Trades.saved(tradeId, sessionId, Status.VOIDED, clock.instant()),
                        new Outbound("operator", "unfinished trade " + tradeId + " voided after restart"));
                break;
            case "PAYING":
                TradeRecord trade = ledger.trade(tradeId).orElseThrow();
                int bin = trade.bin().orElseThrow();
                s.step(
                        "RecoveredVoucher",
                        "VOUCHER",
                        Durability.SYNCED,
                        Trades.voucher(tradeId, clock.instant()),
                        Trades.savedInBin(tradeId, sessionId, Status.PAID, bin, clock.instant()),
                        new Outbound("trade", tradeId));
                ack.accept(s, "VOUCHER");
                end(s, "VoucherReprinted");
                break;
            case "VOUCHER":
                end(s, "VoucherReprinted");
                break;
            default:
                end(s, "RecoveredPhoneReturned", new Audited("kiosk", "session-ended-after-restart", sessionId));
                break;
        }
    }

    private void end(SessionWriter s, String event, LedgerFact... facts) {
        s.end(event, "ENDED", Durability.SYNCED, facts);
        ack.accept(s, "ENDED");
    }
}

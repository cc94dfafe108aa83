package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.pricing.quote.Money;

/**
 * What staff can do to finish a trade that an alert is about, and what each of those actions
 * decides. Pure: it reads a {@link Situation} taken from the ledger and returns the facts to
 * commit; the console commits them (synced before anything physical) and does the I/O after.
 *
 * <pre>
 * the trade                                   staff may
 * erased, phone not in a bin                  TAKE_PHONE_IN, RETURN_PHONE
 * in a bin, no voucher                        ISSUE_VOUCHER, PAY_BY_HAND, RETURN_PHONE
 * in a bin, voucher not in the seller's hands PRINT_VOUCHER_AGAIN, PAY_BY_HAND, RETURN_PHONE
 * paid or voided                              (nothing is owed)
 * any trade with a certificate                REPRINT_CERTIFICATE
 * </pre>
 *
 * Nothing is offered while the trade's own session is still running: the seller is at the kiosk.
 */
public final class TradeRecovery {

    /** What staff can do for the seller of a trade. */
    public enum Action {
        /** Open a bin (the seller's own if it is free), take the phone in and issue the voucher. */
        TAKE_PHONE_IN,
        /** The phone is locked in a bin: issue and print the voucher. */
        ISSUE_VOUCHER,
        /** Print the same single-use voucher again. */
        PRINT_VOUCHER_AGAIN,
        /** Print the erasure certificate again. */
        REPRINT_CERTIFICATE,
        /** Staff pay the seller by hand; a voucher, if any, is voided. */
        PAY_BY_HAND,
        /** The erased phone goes back to its owner: the trade is voided and the certificate marked. */
        RETURN_PHONE
    }

    /**
     * A trade as the ledger has it now.
     *
     * @param bin the bin that holds the trade's phone, when one does
     * @param sessionOpen the session that last worked on the trade has not ended
     */
    public record Situation(
            TradeRecord trade,
            boolean erased,
            Optional<LedgerFact.VoucherIssued> voucher,
            Ledger.Settlement settlement,
            OptionalInt bin,
            boolean sessionOpen) {

        public Situation {
            Objects.requireNonNull(trade, "trade");
            Objects.requireNonNull(voucher, "voucher");
            Objects.requireNonNull(settlement, "settlement");
            Objects.requireNonNull(bin, "bin");
        }

        public static Optional<Situation> read(Ledger ledger, String tradeId) {
            return ledger.trade(tradeId).map(trade -> {
                OptionalInt bin = ledger.binContents().stream()
                        .filter(c -> c.tradeId().equals(Optional.of(tradeId)))
                        .mapToInt(Ledger.BinContent::bin)
                        .findFirst();
                boolean open = ledger.openSessions().stream()
                        .anyMatch(e -> e.sessionId().equals(trade.sessionId()));
                return new Situation(
                        trade,
                        ledger.certificate(tradeId).isPresent(),
                        ledger.voucher(tradeId),
                        ledger.settlement(tradeId),
                        bin,
                        open);
            });
        }

        /** What the seller is still owed, as {@link Ledger#owedToSeller} says. */
        public Optional<Money> owed() {
            if (!erased
                    || trade.status() == TradeRecord.Status.VOIDED
                    || settlement.paid().isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Money(trade.offerMinor(), trade.currency()));
        }

        /** The voucher the seller could still redeem: issued and not voided. */
        public Optional<LedgerFact.VoucherIssued> liveVoucher() {
            return settlement.voucherVoided().isPresent() ? Optional.empty() : voucher;
        }
    }

    private TradeRecovery() {}

    /** What staff may do for this trade now, in the order the screen offers it. */
    public static List<Action> options(Situation s) {
        List<Action> actions = new ArrayList<>();
        if (s.sessionOpen()) {
            return actions;
        }
        if (s.owed().isPresent()) {
            if (s.bin().isEmpty()) {
                if (s.trade().status() == TradeRecord.Status.ERASED) {
                    actions.add(Action.TAKE_PHONE_IN);
                }
            } else if (s.liveVoucher().isEmpty()) {
                actions.add(Action.ISSUE_VOUCHER);
            } else {
                actions.add(Action.PRINT_VOUCHER_AGAIN);
            }
            if (s.bin().isPresent() || s.trade().status() == TradeRecord.Status.BINNED) {
                actions.add(Action.PAY_BY_HAND);
            }
            actions.add(Action.RETURN_PHONE);
        }
        if (s.erased()) {
            actions.add(Action.REPRINT_CERTIFICATE);
        }
        return actions;
    }

    /**
     * Staff paid the seller by hand: the voucher, if the seller could still redeem it, is voided (and
     * the fleet told), the payout is recorded as by hand, and the trade is paid.
     */
    public static List<LedgerFact> payByHand(Situation s, String operatorId, Instant now) {
        require(s, Action.PAY_BY_HAND);
        List<LedgerFact> facts = new ArrayList<>();
        voidLiveVoucher(s, operatorId, "paid by hand", facts);
        Money owed = s.owed().orElseThrow();
        facts.add(new LedgerFact.SellerPaid(
                s.trade().tradeId(), LedgerFact.SellerPaid.How.BY_HAND, Optional.empty(), operatorId, owed));
        facts.add(new LedgerFact.TradeSaved(s.trade().paid(now)));
        facts.add(new LedgerFact.Audited(
                operatorId, "recovery.pay-by-hand", s.trade().tradeId() + " " + owed.text()));
        return facts;
    }

    /**
     * The erased phone went back to its owner, from the dock or (with {@code fromBin}) from the bin
     * staff opened and found empty again: the bin is released, the voucher voided, the trade voided
     * and its certificate marked.
     */
    public static List<LedgerFact> phoneReturned(Situation s, String operatorId, Instant now) {
        require(s, Action.RETURN_PHONE);
        List<LedgerFact> facts = new ArrayList<>();
        if (s.bin().isPresent()) {
            facts.add(new LedgerFact.PhoneReleased(s.bin().getAsInt(), s.trade().tradeId(), operatorId));
        }
        voidLiveVoucher(s, operatorId, "phone given back to the seller", facts);
        facts.add(new LedgerFact.TradeSaved(s.trade().returnedToSeller(now)));
        facts.add(new LedgerFact.ErasedPhoneReturned(s.trade().tradeId(), operatorId));
        facts.add(new LedgerFact.Audited(
                operatorId, "recovery.return-phone", s.trade().tradeId()));
        return facts;
    }

    /** Throws unless {@code action} is one of the trade's options now. */
    public static void require(Situation s, Action action) {
        if (!options(s).contains(action)) {
            throw new IllegalArgumentException("trade " + s.trade().tradeId() + " ("
                    + s.trade().status() + ") offers " + options(s) + ", not " + action);
        }
    }

    /** The ledger tells the fleet of the void ({@code voucher-voided}), so no counter redeems it. */
    private static void voidLiveVoucher(Situation s, String operatorId, String reason, List<LedgerFact> facts) {
        s.liveVoucher()
                .ifPresent(
                        v -> facts.add(new LedgerFact.VoucherVoided(v.voucherId(), v.tradeId(), operatorId, reason)));
    }
}

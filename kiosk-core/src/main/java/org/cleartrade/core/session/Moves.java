package org.cleartrade.core.session;

import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;

/** Moves shared by several phases: giving the phone back, voiding or saving the trade, calling staff. */
final class Moves {

    private final JurisdictionProfile profile;

    Moves(JurisdictionProfile profile) {
        this.profile = profile;
    }

    /**
     * The phone goes back to the seller: void the trade if there is one, then wait for the unplug
     * (or end at once when the dock is already empty).
     */
    void returnPhone(NextStep s, Outcome outcome) {
        voidTrade(s);
        s.outcome(outcome);
        if (s.phone().dock().unplugged()) {
            erasedPhoneTaken(s);
            s.to(Phase.ENDED);
        } else {
            s.to(Phase.RETURNING_PHONE);
        }
    }

    /** The seller took the phone away: nothing left to wait for. */
    void phoneWithdrawn(NextStep s, Outcome outcome) {
        voidTrade(s);
        erasedPhoneTaken(s);
        s.outcome(outcome).to(Phase.ENDED);
    }

    /**
     * The seller unplugged a phone that was erased for a trade they then cancelled: the ledger marks
     * the trade's certificate as describing a phone that went back to its owner.
     */
    void erasedPhoneTaken(NextStep s) {
        if (s.trade().certificate().isPresent() && s.trade().status().orElse(null) == TradeRecord.Status.VOIDED) {
            String tradeId = s.trade().tradeId().orElseThrow();
            s.fact(new LedgerFact.ErasedPhoneReturned(tradeId, "seller"))
                    .audit("seller", "took-erased-phone-back", tradeId);
        }
    }

    /**
     * Ends the session with an operator alert; the trade, if any, is flagged for review. When the
     * phone was erased and the payout has not reached the seller, the alert names what they are
     * owed, so that no erased phone's seller is ever left unpaid without staff being told the sum.
     */
    void callOperator(NextStep s, OperatorAlert.Kind kind, String detail) {
        Optional<Money> owed = s.trade().owesSeller() ? s.offer().quote().map(Quote::offer) : Optional.empty();
        s.alert(kind, detail, owed);
        if (s.trade().tradeId().isPresent()) {
            s.flagForReview();
            saveTrade(s, s.trade().status().orElse(TradeRecord.Status.ACCEPTED));
        }
        if (s.outcome().isEmpty() || s.outcome().get() == Outcome.COMPLETED) {
            s.outcome(s.trade().voucher().isPresent() ? Outcome.COMPLETED : Outcome.FAULT);
        }
        s.to(Phase.OPERATOR_NEEDED);
    }

    /** The pre-erase gate found the kiosk ready: the bin it found is reserved for the trade, in the ledger. */
    void gatePassed(NextStep s, SessionEvent.GatePassed passed) {
        String tradeId = s.trade().tradeId().orElseThrow();
        s.trade(t -> t.reserved(passed.bin()))
                .fact(new LedgerFact.BinReserved(passed.bin(), tradeId))
                .audit("kiosk", "pre-erase-gate-passed", "bin " + passed.bin() + " reserved for trade " + tradeId);
    }

    /**
     * The pre-erase gate refused: nothing was erased and nothing will be. The trade is voided (its
     * reservation ends with it), the refusal screen says why, and when the kiosk was the reason,
     * staff are told.
     */
    void gateRefused(NextStep s, SessionEvent.GateRefused refused) {
        voidTrade(s);
        s.audit("kiosk", "pre-erase-gate-refused", refused.reason() + ": " + refused.detail());
        if (refused.reason().kioskSide()) {
            s.alert(OperatorAlert.Kind.SELLER_TURNED_AWAY, refused.reason() + ": " + refused.detail());
        }
        s.refusal(refused.reason()).outcome(Outcome.REFUSED).to(Phase.REFUSED);
    }

    void voidTrade(NextStep s) {
        if (s.trade().tradeId().isPresent() && s.trade().status().orElseThrow() != TradeRecord.Status.VOIDED) {
            saveTrade(s, TradeRecord.Status.VOIDED);
            s.audit("kiosk", "trade-voided", s.trade().tradeId().get());
        }
    }

    /** Records the trade's new status in the snapshot and as a {@code TradeSaved} fact. */
    void saveTrade(NextStep s, TradeRecord.Status status) {
        String tradeId = s.trade().tradeId().orElseGet(() -> tradeIdOf(s.from().sessionId()));
        s.trade(t -> t.withStatus(tradeId, status));
        s.fact(new LedgerFact.TradeSaved(record(s, tradeId, status, s.now())));
    }

    Optional<Instant> holdUntil(NextStep s) {
        return s.trade().deposit().lockedAt().map(at -> at.plus(java.time.Duration.ofDays(profile.holdDays())));
    }

    static String tradeIdOf(String sessionId) {
        return "T-" + sessionId;
    }

    private TradeRecord record(NextStep s, String tradeId, TradeRecord.Status status, Instant now) {
        PhoneIdentity phone = s.phone().inspection().orElseThrow().identity();
        Quote quote = s.offer().quote().orElseThrow();
        return new TradeRecord(
                tradeId,
                s.from().sessionId(),
                status,
                phone.manufacturer(),
                phone.model(),
                phone.serial(),
                phone.imei(),
                quote.quoteId(),
                quote.offer().minorUnits(),
                quote.offer().currency(),
                s.trade().deposit().lockedAt().isPresent()
                        ? java.util.Optional.of(s.trade().deposit().bin().getAsInt())
                        : Optional.empty(),
                holdUntil(s),
                s.trade().flaggedForReview(),
                now);
    }
}

package org.cleartrade.core.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * A trade: the phone the kiosk agreed to buy, and how far the purchase got.
 *
 * @param offerMinor the accepted offer in minor units of {@code currency}
 */
public record TradeRecord(
        String tradeId,
        String sessionId,
        Status status,
        String manufacturer,
        String model,
        String serial,
        Optional<String> imei,
        String quoteId,
        long offerMinor,
        String currency,
        Optional<Integer> bin,
        Optional<Instant> holdUntil,
        boolean flaggedForReview,
        Instant updatedAt) {

    /** This trade once its phone has left its bin in staff hands. */
    public TradeRecord released(Instant at) {
        return with(Status.RELEASED, Optional.empty(), at);
    }

    /** This trade cancelled before its phone reached a bin. */
    public TradeRecord voided(Instant at) {
        return with(Status.VOIDED, bin, at);
    }

    /** This trade voided because staff gave its erased phone back to the seller, from wherever it was. */
    public TradeRecord returnedToSeller(Instant at) {
        return with(Status.VOIDED, Optional.empty(), at);
    }

    /** This trade once its payout reached the seller. */
    public TradeRecord paid(Instant at) {
        return with(Status.PAID, bin, at);
    }

    private TradeRecord with(Status newStatus, Optional<Integer> newBin, Instant at) {
        return new TradeRecord(
                tradeId,
                sessionId,
                newStatus,
                manufacturer,
                model,
                serial,
                imei,
                quoteId,
                offerMinor,
                currency,
                newBin,
                holdUntil,
                flaggedForReview,
                at);
    }

    public enum Status {
        /** The seller accepted the quote; nothing physical has happened yet. */
        ACCEPTED,
        /** The erase was started and verified; the certificate exists. */
        ERASED,
        /** The phone is locked in a bin; its voucher may be issued but is not yet in the seller's hands. */
        BINNED,
        /** The payout reached the seller: the voucher is in their hands, or staff paid by hand. */
        PAID,
        /** Cancelled; the phone went back to the seller (or is waiting on the dock for staff to give back). */
        VOIDED,
        /** An operator scanned the phone out of its bin. */
        RELEASED
    }
}

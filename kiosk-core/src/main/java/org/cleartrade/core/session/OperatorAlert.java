package org.cleartrade.core.session;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.pricing.quote.Money;

/**
 * Something staff must look at. Raised alerts are committed with the transition that raised them:
 * to the ledger's open alerts (shown on the operator screen until resolved), from which the ledger
 * reports them to the fleet (an {@code alert} outbox document), and its audit log.
 *
 * @param owed what the seller is owed when the session ended with their phone erased and the payout
 *     not in their hands; staff must pay, or give the phone back, before the alert can be resolved
 */
public record OperatorAlert(
        Kind kind, Instant at, OptionalInt bin, Optional<String> tradeId, String detail, Optional<Money> owed) {

    public enum Kind {
        /** An erased phone was never deposited and sits on the dock. */
        UNCLAIMED_PHONE_ON_DOCK,
        /** A phone that was not traded was left on the dock. */
        PHONE_LEFT_ON_DOCK,
        PRINTER_OUT_OF_PAPER,
        PRINTER_FAILED,
        LATCH_JAMMED,
        DOOR_LEFT_OPEN,
        NO_BIN_FREE,
        /** The serial in the tray after locking differs from the erased phone's. */
        PHONE_SWAP_SUSPECTED,
        /** Something is in a bin that holds no traded phone. */
        PHONE_LEFT_IN_BIN,
        ERASE_UNVERIFIED,
        /** The seller took an erased phone back before depositing it. */
        ERASED_PHONE_TAKEN_BACK,
        /** The trade was accepted while the block list was unreachable. */
        REVIEW_REQUIRED,
        /** The phone is locked in a bin but no voucher could be issued: staff pay the seller. */
        VOUCHER_NOT_ISSUED,
        /** The kiosk restarted during a session and recovery could not finish it. */
        INTERRUPTED_SESSION,
        /**
         * The pre-erase gate turned a seller away for a reason of the kiosk's (no bin free, a latch
         * or printer down): nothing was erased and the seller kept the phone.
         */
        SELLER_TURNED_AWAY,
        /** The voucher did not print and the seller left without saying they took it from the screen. */
        VOUCHER_NOT_DELIVERED,
        /**
         * A phone that was not erased went back to its seller and the kiosk could not confirm that
         * its device-owner helper was removed: staff remove it with adb, since Settings cannot
         * remove a device-owner app.
         */
        HELPER_LEFT_ON_PHONE,
        /**
         * The device check at start (or staff's re-check) found the latch controller silent, a bin
         * unreadable, jammed or tampered with: the kiosk takes no phones until a re-check passes.
         */
        LATCH_NOT_READY,
        /**
         * The device check at start (or staff's re-check) found the printer silent, offline, out of
         * paper or with its cover open: the kiosk takes no phones until a re-check passes or staff
         * acknowledge it and trade on with receipts kept on the screen.
         */
        PRINTER_NOT_READY
    }
}

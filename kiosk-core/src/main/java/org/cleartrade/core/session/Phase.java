package org.cleartrade.core.session;

/**
 * Where a seller's session stands. Names are stable: the journal stores them and screens bind to
 * them. The transitions between phases are listed in {@link SessionMachine}.
 *
 * <p>Nothing depends on the order the phases are declared in: each property below is a switch that
 * names every phase, so a new phase does not compile until it says whether it is final and what
 * the runner watches in it.
 *
 * <p>Phases fall into three kinds: the seller is asked something (the screen waits for a touch),
 * the kiosk waits for a device or a port (the screen shows progress), or the session has ended.
 */
public enum Phase {
    /** Idle screen; the seller picks a language and starts. */
    ATTRACT,
    /** The security checklist: back up, sign out, remove SIM/eSIM/SD, unbind apps, unpair wearables. */
    CHECKLIST,
    /** Waiting for a phone on the dock and for the seller to allow USB debugging. */
    AWAIT_PHONE,
    /** The dock identifies and inspects the phone. */
    INSPECTING,
    /** The IMEI is checked against the block list. */
    CHECKING_BLOCK_LIST,
    /** The phone is refused with a reason and how to fix it; the seller may fix it and retry or unplug. */
    REFUSED,
    /** The condition questions. */
    CONDITION,
    /** The quoter prices the phone. */
    QUOTING,
    /** The offer and its breakdown; the seller accepts or declines. */
    OFFER,
    /** The seller's ID is scanned, as the jurisdiction profile requires. */
    IDENTITY,
    /** Scope, method and effect of the erasure are shown; the seller consents or cancels. */
    CONSENT,
    /** The erase was decided (synced) and is running on the phone. */
    ERASING,
    /** Waiting for the phone to come back after the reset to verify the erasure. */
    VERIFYING_ERASE,
    /** The erasure certificate is being signed. */
    CERTIFYING,
    /** The certificate and quote are printing; the QR is already on screen. */
    PRINTING_CERTIFICATE,
    /**
     * The certificate did not print: its QR and a plain-words summary stay on screen until the
     * seller says they have it; only then does a bin open.
     */
    CERTIFICATE_ON_SCREEN,
    /** A free, working bin is being chosen. */
    CHOOSING_BIN,
    /** The decision to unlatch a bin is synced and the latch is releasing. */
    UNLATCHING,
    /** The bin door is unlatched: the seller opens it, puts the phone in the tray and closes it. */
    DEPOSIT,
    /** The door is closed with the phone inside; the latch is locking. */
    LOCKING,
    /** The bin is locked; the dock reads the serial of the phone in the tray. */
    CONFIRMING_SERIAL,
    /** The payout voucher is being signed. */
    ISSUING_VOUCHER,
    /** The voucher is printing; its QR is already on screen. */
    PRINTING_VOUCHER,
    /**
     * The voucher did not print: its QR and a plain-words summary stay on screen until the seller
     * says they have it. The seller is not paid until then.
     */
    VOUCHER_ON_SCREEN,
    /** The seller cancelled while the bin was unlatched: waiting for the door to close, then locking. */
    CANCELLING_DEPOSIT,
    /** The phone goes back to the seller: waiting for it to be unplugged. */
    RETURNING_PHONE,
    /** Final: the phone is locked in a bin and the voucher reached the seller, on paper or on screen. */
    COMPLETED,
    /** Final: the session ended without a trade, or with the trade voided; nothing is pending. */
    ENDED,
    /** Final: the session ended with something only staff can resolve; an operator alert was raised. */
    OPERATOR_NEEDED;

    /** Whether the session is over in this phase. */
    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, ENDED, OPERATOR_NEEDED -> true;
            case ATTRACT,
                    CHECKLIST,
                    AWAIT_PHONE,
                    INSPECTING,
                    CHECKING_BLOCK_LIST,
                    REFUSED,
                    CONDITION,
                    QUOTING,
                    OFFER,
                    IDENTITY,
                    CONSENT,
                    ERASING,
                    VERIFYING_ERASE,
                    CERTIFYING,
                    PRINTING_CERTIFICATE,
                    CERTIFICATE_ON_SCREEN,
                    CHOOSING_BIN,
                    UNLATCHING,
                    DEPOSIT,
                    LOCKING,
                    CONFIRMING_SERIAL,
                    ISSUING_VOUCHER,
                    PRINTING_VOUCHER,
                    VOUCHER_ON_SCREEN,
                    CANCELLING_DEPOSIT,
                    RETURNING_PHONE -> false;
        };
    }

    /** Whether the runner watches the dock in this phase and reports each change as an event. */
    public boolean watchesDock() {
        return switch (this) {
            case AWAIT_PHONE, REFUSED, CONDITION, OFFER, IDENTITY, CONSENT, RETURNING_PHONE -> true;
            case ATTRACT,
                    CHECKLIST,
                    INSPECTING,
                    CHECKING_BLOCK_LIST,
                    QUOTING,
                    ERASING,
                    VERIFYING_ERASE,
                    CERTIFYING,
                    PRINTING_CERTIFICATE,
                    CERTIFICATE_ON_SCREEN,
                    CHOOSING_BIN,
                    UNLATCHING,
                    DEPOSIT,
                    LOCKING,
                    CONFIRMING_SERIAL,
                    ISSUING_VOUCHER,
                    PRINTING_VOUCHER,
                    VOUCHER_ON_SCREEN,
                    CANCELLING_DEPOSIT,
                    COMPLETED,
                    ENDED,
                    OPERATOR_NEEDED -> false;
        };
    }

    /** Whether the runner watches the session's bin in this phase and reports each change. */
    public boolean watchesBin() {
        return switch (this) {
            case DEPOSIT, CANCELLING_DEPOSIT -> true;
            case ATTRACT,
                    CHECKLIST,
                    AWAIT_PHONE,
                    INSPECTING,
                    CHECKING_BLOCK_LIST,
                    REFUSED,
                    CONDITION,
                    QUOTING,
                    OFFER,
                    IDENTITY,
                    CONSENT,
                    ERASING,
                    VERIFYING_ERASE,
                    CERTIFYING,
                    PRINTING_CERTIFICATE,
                    CERTIFICATE_ON_SCREEN,
                    CHOOSING_BIN,
                    UNLATCHING,
                    LOCKING,
                    CONFIRMING_SERIAL,
                    ISSUING_VOUCHER,
                    PRINTING_VOUCHER,
                    VOUCHER_ON_SCREEN,
                    RETURNING_PHONE,
                    COMPLETED,
                    ENDED,
                    OPERATOR_NEEDED -> false;
        };
    }
}

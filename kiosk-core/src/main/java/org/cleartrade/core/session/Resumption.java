package org.cleartrade.core.session;

import org.cleartrade.core.session.SessionSnapshot.Deposit;

/**
 * What {@code Resumed} does in each phase after a restart, from the last journaled snapshot. The
 * journal holds the decision behind every physical action (synced before the action), so the
 * session knows what might have happened and re-enters at a point where repeating the action is
 * safe, or gives the phone back. Devices are reconciled by the effects and watches of the phase
 * re-entered: the bin's state is read again, the dock is watched again, the erase is verified.
 *
 * <p>Where each phase resumes, with its effects, is the {@code Resumed} rows of the transition table
 * in docs/architecture.md, read off the machine by {@code TransitionTableTest}.
 */
final class Resumption {

    private final SessionSettings settings;
    private final Moves moves;

    Resumption(SessionSettings settings, Moves moves) {
        this.settings = settings;
        this.moves = moves;
    }

    void resume(NextStep s) {
        Phase phase = s.from().phase();
        s.audit("kiosk", "resumed", phase.name());
        resumeAt(phase, s);
    }

    /**
     * Where each phase resumes. A switch expression without a default: a phase added to {@link
     * Phase} does not compile until it says how it resumes.
     */
    private NextStep resumeAt(Phase phase, NextStep s) {
        return switch (phase) {
            case ATTRACT, CHECKLIST -> s.outcome(Outcome.INTERRUPTED).to(Phase.ENDED);
            case AWAIT_PHONE, INSPECTING, CHECKING_BLOCK_LIST, REFUSED, CONDITION, QUOTING, OFFER, IDENTITY, CONSENT ->
                returnAfterRestart(s);
            case RETURNING_PHONE -> s.to(Phase.RETURNING_PHONE);
            case ERASING, VERIFYING_ERASE ->
                s.to(Phase.VERIFYING_ERASE)
                        .effect(new Effect.VerifyErase(
                                s.phone().serial().orElseThrow(), settings.eraseVerifyTimeout()));
            case CERTIFYING -> s.to(Phase.CERTIFYING).effect(new Effect.IssueCertificate());
            case PRINTING_CERTIFICATE -> s.to(Phase.PRINTING_CERTIFICATE).effect(new Effect.PrintCertificate());
            case CERTIFICATE_ON_SCREEN -> s.to(Phase.CERTIFICATE_ON_SCREEN);
            case CHOOSING_BIN ->
                s.to(Phase.CHOOSING_BIN)
                        .effect(new Effect.ChooseBin(s.trade().deposit().failedBins()));
            case UNLATCHING ->
                s.to(Phase.UNLATCHING)
                        .effect(new Effect.Unlatch(s.trade().deposit().bin().orElseThrow()));
            case DEPOSIT -> resumeDeposit(s);
            case CANCELLING_DEPOSIT -> s.deposit(Deposit::forgetStatus).to(Phase.CANCELLING_DEPOSIT);
            case LOCKING ->
                s.to(Phase.LOCKING)
                        .effect(new Effect.Lock(s.trade().deposit().bin().orElseThrow()));
            case CONFIRMING_SERIAL -> s.to(Phase.CONFIRMING_SERIAL).effect(new Effect.ReadTraySerial());
            case ISSUING_VOUCHER -> s.to(Phase.ISSUING_VOUCHER).effect(new Effect.IssueVoucher());
            case PRINTING_VOUCHER -> s.to(Phase.PRINTING_VOUCHER).effect(new Effect.PrintVoucher());
            case VOUCHER_ON_SCREEN -> s.to(Phase.VOUCHER_ON_SCREEN);
            // A final phase has nothing to resume; the machine refuses every event there first.
            case COMPLETED, ENDED, OPERATOR_NEEDED -> throw SessionMachine.unfit(s.from(), new SessionEvent.Resumed());
        };
    }

    /**
     * A door the seller never opened is unlatched again: after a power cut the bolt may still be
     * travelling, and a closed, bolted door would otherwise read as the controller relocking
     * because the seller left. A door seen open is simply watched again.
     */
    private NextStep resumeDeposit(NextStep s) {
        Deposit deposit = s.trade().deposit();
        s.deposit(Deposit::forgetStatus);
        if (deposit.doorOpened()) {
            s.to(Phase.DEPOSIT);
            AfterConsent.countdown(s, settings, s.now().plus(AfterConsent.depositWindow(settings)));
            return s;
        }
        return s.to(Phase.UNLATCHING).effect(new Effect.Unlatch(deposit.bin().orElseThrow()));
    }

    /**
     * Nothing physical happened yet: give the phone back. The dock state in the snapshot is from
     * before the restart, so the session waits for the dock watch to report what is there now.
     */
    private NextStep returnAfterRestart(NextStep s) {
        moves.voidTrade(s);
        return s.outcome(Outcome.INTERRUPTED).to(Phase.RETURNING_PHONE);
    }
}

package org.cleartrade.core.session;

import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionEvent.BinChanged;
import org.cleartrade.core.session.SessionEvent.BinChosen;
import org.cleartrade.core.session.SessionEvent.BinLocked;
import org.cleartrade.core.session.SessionEvent.BinUnlatched;
import org.cleartrade.core.session.SessionEvent.Cancel;
import org.cleartrade.core.session.SessionEvent.CertificateReady;
import org.cleartrade.core.session.SessionEvent.ConsentGiven;
import org.cleartrade.core.session.SessionEvent.DeviceFailed;
import org.cleartrade.core.session.SessionEvent.DockChanged;
import org.cleartrade.core.session.SessionEvent.EraseAcknowledged;
import org.cleartrade.core.session.SessionEvent.EraseChecked;
import org.cleartrade.core.session.SessionEvent.EraseRefused;
import org.cleartrade.core.session.SessionEvent.LatchFailed;
import org.cleartrade.core.session.SessionEvent.MoreTime;
import org.cleartrade.core.session.SessionEvent.NoBinFree;
import org.cleartrade.core.session.SessionEvent.PhoneGone;
import org.cleartrade.core.session.SessionEvent.PrintFailed;
import org.cleartrade.core.session.SessionEvent.Printed;
import org.cleartrade.core.session.SessionEvent.ReceiptSaved;
import org.cleartrade.core.session.SessionEvent.Timeout;
import org.cleartrade.core.session.SessionEvent.TraySerialRead;
import org.cleartrade.core.session.SessionEvent.VoucherReady;
import org.cleartrade.core.session.SessionSnapshot.Erasure;
import org.cleartrade.core.session.SessionSnapshot.Erasure.Stage;
import org.cleartrade.core.session.SessionSnapshot.Handover;
import org.cleartrade.core.session.SessionSnapshot.IssuedCertificate;
import org.cleartrade.core.session.SessionSnapshot.IssuedVoucher;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ports.latch.BinStatus;

/**
 * The phases from consent to the end: erase, verify, certify, print, deposit, lock, confirm,
 * voucher, and the ways back. After acceptance the phone is never lost track of: every way out
 * either gives it back to the seller (trade voided), locks it in a bin, or raises an operator
 * alert naming where it is.
 *
 * <p>Its rows of the transition table are in docs/architecture.md, read off the machine by {@code
 * TransitionTableTest}.
 *
 * <p>Nothing is lost to the printer: a receipt that did not print stays on screen, as a QR with its
 * summary, until the seller says they have it, and the trade is paid only once the voucher is in
 * the seller's hands. The seller's time at an open bin is a countdown of its own ({@link
 * SessionSettings#timeout} of DEPOSIT, started when the bin opened and again on "More time"); while
 * it runs the session tells the latch to stay unlocked every {@link SessionSettings#latchKeepOpen()},
 * so the controller's own relock timer only ever acts for a kiosk that died.
 */
final class AfterConsent {

    private final SessionSettings settings;
    private final Moves moves;

    AfterConsent(SessionSettings settings, Moves moves) {
        this.settings = settings;
        this.moves = moves;
    }

    void consent(NextStep s, SessionEvent e) {
        if (e instanceof ConsentGiven && s.trade().reservedBin().isEmpty()) {
            // The pre-erase gate has not reserved a bin yet: no erase is decided without one.
            throw SessionMachine.unfit(s.from(), e);
        } else if (e instanceof SessionEvent.GatePassed passed) {
            moves.gatePassed(s, passed);
        } else if (e instanceof SessionEvent.GateRefused refused) {
            moves.gateRefused(s, refused);
        } else if (e instanceof ConsentGiven given) {
            consented(s, given);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else if (e instanceof Timeout) {
            moves.returnPhone(s, Outcome.WALKED_AWAY);
        } else if (e instanceof DockChanged changed) {
            dockChanged(s, changed);
            if (changed.status().unplugged()) {
                moves.phoneWithdrawn(s, Outcome.WITHDRAWN);
            }
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /**
     * The consent is pinned as the seller gave it: the text shown, its language and its hash go to
     * the ledger in the commit that decides the erase, and the certificate cites this record.
     */
    private static void consented(NextStep s, ConsentGiven given) {
        String tradeId = s.trade().tradeId().orElseThrow();
        ConsentRecord consent = ConsentRecord.of(given.textVersion(), given.text(), given.language(), s.now());
        s.erasure(x -> new Erasure(Optional.of(consent), Stage.REQUESTED, Optional.empty(), Optional.empty()))
                .fact(new LedgerFact.ConsentRecorded(
                        tradeId,
                        consent.textVersion(),
                        consent.language(),
                        consent.textSha256(),
                        given.text(),
                        consent.consentedAt()))
                .audit("seller", "consented-to-erase", tradeId + " text " + consent.textSha256())
                .to(Phase.ERASING)
                .effect(new Effect.Erase());
    }

    void erasing(NextStep s, SessionEvent e) {
        if (e instanceof SessionEvent.GateRefused refused) {
            // The gate's second run, or the helper's IMEI check, said no: nothing was erased.
            s.erasure(x -> new Erasure(x.consent(), Stage.NOT_STARTED, Optional.empty(), Optional.empty()));
            moves.gateRefused(s, refused);
            helperLeft(s, refused.helperLeft(), refused.detail());
        } else if (e instanceof EraseAcknowledged ack) {
            String serial = s.phone().serial().orElseThrow();
            ack.helperImei().ifPresent(imei -> helperImei(s, imei));
            s.erasure(x -> new Erasure(
                            x.consent(), Stage.ACKNOWLEDGED, Optional.of(ack.acknowledgement()), Optional.empty()))
                    .to(Phase.VERIFYING_ERASE)
                    .effect(new Effect.VerifyErase(serial, settings.eraseVerifyTimeout()));
        } else if (e instanceof EraseRefused refused) {
            eraseStopped(s, Stage.REFUSED, FaultReason.ERASE_REFUSED, refused.detail());
            helperLeft(s, refused.helperLeft(), refused.detail());
        } else if (e instanceof DeviceFailed failed) {
            eraseStopped(s, Stage.FAILED, FaultReason.ERASE_FAILED, failed.detail());
        } else if (e instanceof Timeout) {
            eraseStopped(s, Stage.FAILED, FaultReason.DEVICE_TIMEOUT, "the phone did not acknowledge the erase");
        } else if (e instanceof PhoneGone gone) {
            s.erasure(x -> new Erasure(x.consent(), Stage.FAILED, Optional.empty(), Optional.empty()))
                    .fault(FaultReason.PHONE_UNPLUGGED, gone.detail());
            // The erase installs the helper first and makes it device owner; a phone pulled before
            // the wipe was acknowledged may leave with it, and nothing can take it off any more.
            helperLeft(
                    s,
                    installsHelper(s),
                    "the phone was unplugged with the erase helper possibly on it: " + gone.detail());
            dockChanged(s, new DockChanged(DockStatus.empty()));
            moves.phoneWithdrawn(s, Outcome.FAULT);
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /**
     * The IMEI the helper read joins the phone's identity (so the trade and the certificate carry
     * it) with the block list's answer; an unchecked one flags the trade, as at inspection.
     */
    private static void helperImei(NextStep s, SessionEvent.HelperImei read) {
        s.phone(p -> new SessionSnapshot.PhoneState(
                p.dock(), p.inspection().map(r -> withImei(r, read)), p.checklist(), Optional.of(read.result())));
        s.audit("kiosk", "helper-read-imei", read.result().name());
        if (read.result() == SessionSnapshot.BlockListResult.UNCHECKED_FLAGGED) {
            s.flagForReview();
            s.alert(OperatorAlert.Kind.REVIEW_REQUIRED, "block list unchecked for the IMEI the helper read");
        }
    }

    private static InspectionReport withImei(InspectionReport report, SessionEvent.HelperImei read) {
        PhoneIdentity i = report.identity();
        return new InspectionReport(
                new PhoneIdentity(
                        i.manufacturer(),
                        i.model(),
                        i.marketName(),
                        i.storageGb(),
                        i.serial(),
                        i.imei().or(read::imei),
                        i.osName(),
                        i.osVersion(),
                        i.securityPatch(),
                        i.secondImei().or(read::secondImei)),
                report.checks(),
                report.batteryHealthPercent());
    }

    /** Whether this phone's erase goes through the device-owner helper: an Android phone. */
    private static boolean installsHelper(NextStep s) {
        return s.phone().dock().platform().orElse(null) == Platform.ANDROID;
    }

    /** The helper could not be confirmed gone from a phone going back: the seller is told, staff alerted. */
    private static void helperLeft(NextStep s, boolean left, String detail) {
        if (left) {
            s.fault(FaultReason.HELPER_NOT_REMOVED, detail);
            s.alert(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE, detail);
        }
    }

    private void eraseStopped(NextStep s, Stage stage, FaultReason reason, String detail) {
        s.erasure(x -> new Erasure(x.consent(), stage, x.acknowledgement(), Optional.empty()))
                .fault(reason, detail);
        moves.returnPhone(s, Outcome.FAULT);
    }

    void verifying(NextStep s, SessionEvent e) {
        if (e instanceof EraseChecked checked
                && checked.verification().verified()
                && s.trade().erasure().acknowledgement().isEmpty()) {
            // Resumed from ERASING after a restart: the wipe went out but its acknowledgement never
            // reached the journal. A certificate names both, so there is none: staff are told.
            s.erasure(x ->
                    new Erasure(x.consent(), Stage.FAILED, x.acknowledgement(), Optional.of(checked.verification())));
            unverified(
                    s,
                    "the phone reset, but the kiosk restarted before it recorded the erase acknowledgement: no"
                            + " certificate can be issued; "
                            + checked.verification().detail());
        } else if (e instanceof EraseChecked checked && checked.verification().verified()) {
            s.erasure(x -> new Erasure(
                            x.consent(), Stage.VERIFIED, x.acknowledgement(), Optional.of(checked.verification())))
                    .audit("kiosk", "erase-verified", checked.verification().method())
                    .to(Phase.CERTIFYING)
                    .effect(new Effect.IssueCertificate());
        } else if (e instanceof EraseChecked checked) {
            s.erasure(x ->
                    new Erasure(x.consent(), Stage.FAILED, x.acknowledgement(), Optional.of(checked.verification())));
            unverified(s, checked.verification().detail());
        } else if (e instanceof DeviceFailed failed) {
            unverified(s, failed.detail());
        } else if (e instanceof PhoneGone gone) {
            unverified(s, gone.detail());
        } else if (e instanceof Timeout) {
            unverified(s, "the phone did not come back after the reset");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /** No verified erasure, no trade: the phone goes back and staff are told. */
    private void unverified(NextStep s, String detail) {
        s.fault(FaultReason.ERASE_UNVERIFIED, detail);
        s.alert(OperatorAlert.Kind.ERASE_UNVERIFIED, detail);
        moves.returnPhone(s, Outcome.FAULT);
    }

    void certifying(NextStep s, SessionEvent e) {
        if (e instanceof CertificateReady ready) {
            String tradeId = s.trade().tradeId().orElseThrow();
            s.trade(t -> t.with(new IssuedCertificate(ready.certificateId(), ready.qrPayload(), Handover.PRINTING)))
                    .fact(new LedgerFact.CertificateIssued(
                            ready.certificateId(), tradeId, ready.document(), ready.qrPayload(), s.now()));
            moves.saveTrade(s, TradeRecord.Status.ERASED);
            s.to(Phase.PRINTING_CERTIFICATE).effect(new Effect.PrintCertificate());
        } else if (e instanceof DeviceFailed failed) {
            s.fault(FaultReason.CERTIFICATE_FAILED, failed.detail());
            s.alert(OperatorAlert.Kind.ERASE_UNVERIFIED, "erased but no certificate: " + failed.detail());
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Timeout) {
            s.fault(FaultReason.CERTIFICATE_FAILED, "signing did not finish");
            s.alert(OperatorAlert.Kind.ERASE_UNVERIFIED, "erased but no certificate");
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Cancel) {
            cancelErased(s);
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /** The seller changed their mind after the erase and before the bin opened. */
    private void cancelErased(NextStep s) {
        s.audit("seller", "cancelled-after-erase", s.trade().tradeId().orElseThrow());
        moves.returnPhone(s, Outcome.CANCELLED);
    }

    void printingCertificate(NextStep s, SessionEvent e) {
        if (e instanceof Printed) {
            certificate(s, Handover.PRINTED);
            chooseBin(s);
        } else if (e instanceof PrintFailed failed) {
            certificateOnScreen(s, failed);
        } else if (e instanceof Timeout) {
            certificateOnScreen(s, new PrintFailed("the printer did not finish", Optional.empty()));
        } else if (e instanceof Cancel) {
            cancelErased(s);
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /** The certificate did not print: the bin waits until the seller has it from the screen. */
    private void certificateOnScreen(NextStep s, PrintFailed failed) {
        printerTrouble(s, failed);
        certificate(s, Handover.PRINT_FAILED);
        s.to(Phase.CERTIFICATE_ON_SCREEN);
    }

    void certificateOnScreen(NextStep s, SessionEvent e) {
        if (e instanceof ReceiptSaved) {
            certificate(s, Handover.SAVED_FROM_SCREEN);
            s.clearProblems()
                    .audit(
                            "seller",
                            "certificate-saved-from-screen",
                            s.trade().tradeId().orElseThrow());
            chooseBin(s);
        } else if (e instanceof Cancel) {
            cancelErased(s);
        } else if (e instanceof Timeout) {
            s.outcome(Outcome.WALKED_AWAY)
                    .fault(FaultReason.PHONE_NOT_DEPOSITED, "the seller left before a bin opened");
            moves.callOperator(
                    s,
                    OperatorAlert.Kind.UNCLAIMED_PHONE_ON_DOCK,
                    "the certificate did not print and the seller left before a bin opened; the erased phone is on"
                            + " the dock");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private static void certificate(NextStep s, Handover handover) {
        s.trade(t -> t.with(t.certificate().orElseThrow().handedOver(handover)));
    }

    private void printerTrouble(NextStep s, PrintFailed failed) {
        boolean paperOut = failed.paperOut();
        s.fault(paperOut ? FaultReason.PRINTER_OUT_OF_PAPER : FaultReason.PRINTER_FAILED, failed.detail());
        s.alert(
                paperOut ? OperatorAlert.Kind.PRINTER_OUT_OF_PAPER : OperatorAlert.Kind.PRINTER_FAILED,
                failed.detail());
    }

    private void chooseBin(NextStep s) {
        s.to(Phase.CHOOSING_BIN).effect(new Effect.ChooseBin(s.trade().deposit().failedBins()));
    }

    void choosingBin(NextStep s, SessionEvent e) {
        if (e instanceof BinChosen chosen) {
            if (s.trade().reservedBin().orElse(-1) != chosen.bin()) {
                // The reserved bin failed (its latch jammed): the phone goes to another, reserved now.
                moves.gatePassed(s, new SessionEvent.GatePassed(chosen.bin()));
            }
            s.deposit(d -> d.choose(chosen.bin())).to(Phase.UNLATCHING).effect(new Effect.Unlatch(chosen.bin()));
        } else if (e instanceof NoBinFree || e instanceof DeviceFailed || e instanceof Timeout) {
            s.fault(FaultReason.NO_BIN_FREE, "no working bin is free");
            moves.callOperator(s, OperatorAlert.Kind.NO_BIN_FREE, "no bin free; the erased phone waits on the dock");
        } else if (e instanceof Cancel) {
            cancelErased(s);
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    void unlatching(NextStep s, SessionEvent e) {
        int bin = s.trade().deposit().bin().orElseThrow();
        if (e instanceof BinUnlatched unlatched && unlatched.bin() == bin) {
            s.to(Phase.DEPOSIT);
            countdown(s, settings, s.now().plus(depositWindow(settings)));
        } else if (e instanceof LatchFailed failed && failed.bin() == bin) {
            latchFailedBeforeDeposit(s, bin, failed.detail());
        } else if (e instanceof Timeout) {
            latchFailedBeforeDeposit(s, bin, "the latch did not answer");
        } else if (e instanceof Cancel) {
            startCancellingDeposit(s, Outcome.CANCELLED);
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private void latchFailedBeforeDeposit(NextStep s, int bin, String detail) {
        s.fault(FaultReason.LATCH_JAMMED, "bin " + bin + ": " + detail);
        s.alert(OperatorAlert.Kind.LATCH_JAMMED, "bin " + bin + ": " + detail);
        s.deposit(SessionSnapshot.Deposit::failCurrent);
        chooseBin(s);
    }

    void deposit(NextStep s, SessionEvent e) {
        int bin = s.trade().deposit().bin().orElseThrow();
        if (e instanceof BinChanged changed && changed.status().bin() == bin) {
            depositSeen(s, bin, changed.status());
        } else if (e instanceof Cancel) {
            startCancellingDeposit(s, Outcome.CANCELLED);
        } else if (e instanceof MoreTime) {
            s.audit("seller", "more-time", "bin " + bin);
            countdown(s, settings, s.now().plus(depositWindow(settings)));
            s.effect(new Effect.Unlatch(bin));
        } else if (e instanceof Timeout) {
            if (timeLeft(s)) {
                // Keeps the controller's own relock timer from closing the bin on the seller.
                countdown(s, settings, s.trade().deposit().openUntil().orElseThrow());
                s.effect(new Effect.Unlatch(bin));
            } else {
                startCancellingDeposit(s, Outcome.WALKED_AWAY);
            }
        } else if (e instanceof BinUnlatched unlatched && unlatched.bin() == bin) {
            // The latch confirmed it stays open; the bin watch reports what the door does.
        } else if (e instanceof LatchFailed failed && failed.bin() == bin) {
            // Keeping the latch open failed; the bin watch sees a relock and the countdown still ends it.
            s.audit("kiosk", "latch-keep-open-failed", "bin " + bin + ": " + failed.detail());
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /**
     * The seller's countdown at the open bin runs until {@code until}; the phase's deadline is the
     * next time the latch must be told to stay open, or the end of the countdown if that is sooner.
     */
    static void countdown(NextStep s, SessionSettings settings, Instant until) {
        Instant keepOpen = s.now().plus(settings.latchKeepOpen());
        s.deposit(d -> d.openUntil(until)).deadline(keepOpen.isBefore(until) ? keepOpen : until);
    }

    static java.time.Duration depositWindow(SessionSettings settings) {
        return settings.timeout(Phase.DEPOSIT).orElseThrow(() -> new IllegalStateException("no DEPOSIT countdown"));
    }

    private static boolean timeLeft(NextStep s) {
        return s.trade().deposit().openUntil().map(s.now()::isBefore).orElse(false);
    }

    private void depositSeen(NextStep s, int bin, BinStatus status) {
        boolean wasOpened = s.trade().deposit().doorOpened();
        s.deposit(d -> d.seen(status));
        if (status.jammed() || status.tamper()) {
            s.fault(FaultReason.LATCH_JAMMED, "bin " + bin + " reports a fault");
            moves.callOperator(s, OperatorAlert.Kind.LATCH_JAMMED, "bin " + bin + " jammed or tampered during deposit");
        } else if (status.doorClosed() && wasOpened && status.occupied()) {
            s.deposit(SessionSnapshot.Deposit::requestLock).to(Phase.LOCKING).effect(new Effect.Lock(bin));
        } else if (status.doorClosed() && status.locked() && !status.occupied() && timeLeft(s)) {
            // The controller locked the empty bin by itself while the seller still has time.
            s.audit("kiosk", "bin-relocked-early", "bin " + bin + "; unlatched again");
            s.effect(new Effect.Unlatch(bin));
        } else if (status.doorClosed() && status.locked() && !wasOpened) {
            // The controller relocked by itself because nobody opened the door: the seller left.
            s.deposit(d -> d.locked(s.now(), status)).outcome(Outcome.WALKED_AWAY);
            s.fault(FaultReason.PHONE_NOT_DEPOSITED, "bin " + bin + " relocked unopened");
            moves.callOperator(s, OperatorAlert.Kind.UNCLAIMED_PHONE_ON_DOCK, "erased phone was not deposited");
        }
    }

    private void startCancellingDeposit(NextStep s, Outcome outcome) {
        s.outcome(outcome).to(Phase.CANCELLING_DEPOSIT);
        lockOnceClosed(s);
    }

    private void lockOnceClosed(NextStep s) {
        SessionSnapshot.Deposit d = s.trade().deposit();
        if (!d.lockRequested() && d.doorClosed()) {
            s.deposit(SessionSnapshot.Deposit::requestLock)
                    .effect(new Effect.Lock(d.bin().orElseThrow()));
        }
    }

    void cancellingDeposit(NextStep s, SessionEvent e) {
        int bin = s.trade().deposit().bin().orElseThrow();
        if (e instanceof BinChanged changed && changed.status().bin() == bin) {
            s.deposit(d -> d.seen(changed.status()));
            lockOnceClosed(s);
        } else if (e instanceof BinLocked locked && locked.status().bin() == bin) {
            cancelledAndLocked(s, bin, locked.status());
        } else if (e instanceof LatchFailed failed) {
            moves.callOperator(
                    s, OperatorAlert.Kind.LATCH_JAMMED, "bin " + bin + " would not lock: " + failed.detail());
        } else if (e instanceof Timeout) {
            boolean open = !s.trade().deposit().doorClosed();
            moves.callOperator(
                    s,
                    open ? OperatorAlert.Kind.DOOR_LEFT_OPEN : OperatorAlert.Kind.LATCH_JAMMED,
                    "bin " + bin + (open ? " left open" : " did not lock") + " after the deposit was abandoned");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private void cancelledAndLocked(NextStep s, int bin, BinStatus status) {
        s.deposit(d -> d.seen(status));
        if (status.occupied()) {
            s.deposit(d -> d.locked(s.now(), status));
            binPhone(s, bin, true);
            moves.callOperator(
                    s,
                    OperatorAlert.Kind.PHONE_LEFT_IN_BIN,
                    "bin " + bin + " locked with the phone inside; no voucher");
        } else if (s.outcome().orElse(Outcome.CANCELLED) == Outcome.CANCELLED) {
            s.audit("seller", "cancelled-deposit", s.trade().tradeId().orElseThrow());
            moves.returnPhone(s, Outcome.CANCELLED);
        } else {
            s.fault(FaultReason.PHONE_NOT_DEPOSITED, "the seller left before depositing");
            moves.callOperator(s, OperatorAlert.Kind.UNCLAIMED_PHONE_ON_DOCK, "erased phone was not deposited");
        }
    }

    void locking(NextStep s, SessionEvent e) {
        int bin = s.trade().deposit().bin().orElseThrow();
        if (e instanceof BinLocked locked
                && locked.status().bin() == bin
                && locked.status().secured()) {
            s.deposit(d -> d.locked(s.now(), locked.status()))
                    .to(Phase.CONFIRMING_SERIAL)
                    .effect(new Effect.ReadTraySerial());
        } else if (e instanceof BinLocked locked && locked.status().bin() == bin) {
            s.deposit(d -> d.seen(locked.status()));
            lockFailed(s, bin, "latch reports the bin not secured");
        } else if (e instanceof LatchFailed failed && failed.bin() == bin) {
            lockFailed(s, bin, failed.detail());
        } else if (e instanceof Timeout) {
            lockFailed(s, bin, "the latch did not answer");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /** The phone is behind a closed door that would not lock: staff must secure it. */
    private void lockFailed(NextStep s, int bin, String detail) {
        s.fault(FaultReason.LATCH_JAMMED, "bin " + bin + ": " + detail);
        moves.callOperator(
                s, OperatorAlert.Kind.LATCH_JAMMED, "bin " + bin + " holds the phone but did not lock: " + detail);
    }

    void confirmingSerial(NextStep s, SessionEvent e) {
        int bin = s.trade().deposit().bin().orElseThrow();
        String expected = s.phone().serial().orElseThrow();
        if (e instanceof TraySerialRead read && read.serial().equals(Optional.of(expected))) {
            binPhone(s, bin, false);
            s.to(Phase.ISSUING_VOUCHER).effect(new Effect.IssueVoucher());
        } else if (e instanceof TraySerialRead || e instanceof DeviceFailed || e instanceof Timeout) {
            String seen = e instanceof TraySerialRead read
                    ? (read.serial().isPresent() ? "another device" : "no device")
                    : "no answer";
            s.fault(FaultReason.SERIAL_MISMATCH, "tray reports " + seen);
            binPhone(s, bin, true);
            moves.callOperator(
                    s,
                    OperatorAlert.Kind.PHONE_SWAP_SUSPECTED,
                    "bin " + bin + ": the tray does not report the erased phone");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private void binPhone(NextStep s, int bin, boolean flag) {
        if (flag) {
            s.flagForReview();
        }
        moves.saveTrade(s, TradeRecord.Status.BINNED);
        s.fact(new LedgerFact.PhoneBinned(
                bin, s.trade().tradeId().orElseThrow(), moves.holdUntil(s).orElseThrow()));
    }

    void issuingVoucher(NextStep s, SessionEvent e) {
        if (e instanceof VoucherReady ready) {
            var quote = s.offer().quote().orElseThrow();
            String tradeId = s.trade().tradeId().orElseThrow();
            s.trade(t -> t.with(new IssuedVoucher(
                            ready.voucherId(), ready.qrPayload(), quote.offer(), ready.expiresAt(), Handover.PRINTING)))
                    .fact(new LedgerFact.VoucherIssued(
                            ready.voucherId(),
                            tradeId,
                            quote.offer().minorUnits(),
                            quote.offer().currency(),
                            ready.expiresAt(),
                            ready.qrPayload()));
            s.to(Phase.PRINTING_VOUCHER).effect(new Effect.PrintVoucher());
        } else if (e instanceof DeviceFailed || e instanceof Timeout) {
            s.fault(FaultReason.VOUCHER_FAILED, e instanceof DeviceFailed f ? f.detail() : "signing did not finish");
            moves.callOperator(s, OperatorAlert.Kind.VOUCHER_NOT_ISSUED, "phone binned; pay the seller by hand");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    void printingVoucher(NextStep s, SessionEvent e) {
        if (e instanceof Printed) {
            paid(s, Handover.PRINTED, LedgerFact.SellerPaid.How.VOUCHER_PRINTED);
        } else if (e instanceof PrintFailed failed) {
            voucherOnScreen(s, failed);
        } else if (e instanceof Timeout) {
            voucherOnScreen(s, new PrintFailed("the printer did not finish", Optional.empty()));
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /** The voucher did not print: the seller is not paid until they have it from the screen. */
    private void voucherOnScreen(NextStep s, PrintFailed failed) {
        printerTrouble(s, failed);
        IssuedVoucher v = s.trade().voucher().orElseThrow();
        s.trade(t -> t.with(v.handedOver(Handover.PRINT_FAILED))).to(Phase.VOUCHER_ON_SCREEN);
    }

    void voucherOnScreen(NextStep s, SessionEvent e) {
        if (e instanceof ReceiptSaved) {
            s.clearProblems();
            paid(s, Handover.SAVED_FROM_SCREEN, LedgerFact.SellerPaid.How.VOUCHER_SAVED_FROM_SCREEN);
        } else if (e instanceof Timeout) {
            IssuedVoucher v = s.trade().voucher().orElseThrow();
            s.outcome(Outcome.WALKED_AWAY)
                    .fault(FaultReason.PRINTER_FAILED, "voucher " + v.voucherId() + " left on screen, not taken");
            moves.callOperator(
                    s,
                    OperatorAlert.Kind.VOUCHER_NOT_DELIVERED,
                    "voucher " + v.voucherId() + " did not print and the seller did not say they took it from the"
                            + " screen");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    /**
     * The voucher is in the seller's hands: now, and only now, the trade is paid. In a trade staff
     * finished, the voucher reached the seller through them.
     */
    private void paid(NextStep s, Handover handover, LedgerFact.SellerPaid.How how) {
        IssuedVoucher v = s.trade().voucher().orElseThrow();
        String tradeId = s.trade().tradeId().orElseThrow();
        Optional<String> staff = s.trade().finishedBy();
        s.trade(t -> t.with(v.handedOver(handover)))
                .fact(new LedgerFact.SellerPaid(
                        tradeId,
                        staff.isPresent() ? LedgerFact.SellerPaid.How.VOUCHER_BY_STAFF : how,
                        Optional.of(v.voucherId()),
                        staff.orElse("seller"),
                        v.amount()));
        moves.saveTrade(s, TradeRecord.Status.PAID);
        s.outcome(Outcome.COMPLETED).to(Phase.COMPLETED);
    }

    void returningPhone(NextStep s, SessionEvent e) {
        if (e instanceof DockChanged changed) {
            dockChanged(s, changed);
            if (changed.status().unplugged()) {
                moves.erasedPhoneTaken(s);
                s.to(Phase.ENDED);
            }
        } else if (e instanceof Timeout) {
            boolean erased = s.trade().erasure().stage() != Stage.NOT_STARTED;
            moves.callOperator(
                    s,
                    erased ? OperatorAlert.Kind.UNCLAIMED_PHONE_ON_DOCK : OperatorAlert.Kind.PHONE_LEFT_ON_DOCK,
                    erased ? "an erased phone was left on the dock" : "a phone was left on the dock");
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private static void dockChanged(NextStep s, DockChanged changed) {
        s.phone(p -> new SessionSnapshot.PhoneState(changed.status(), p.inspection(), p.checklist(), p.blockList()));
    }
}

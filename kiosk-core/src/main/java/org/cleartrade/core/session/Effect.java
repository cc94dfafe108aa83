package org.cleartrade.core.session;

import java.time.Duration;
import java.util.Set;
import org.cleartrade.pricing.quote.QuoteRequest;

/**
 * What a transition asks the outside world to do. The machine only returns effects; the {@link
 * SessionRunner} executes them against the ports and feeds each answer back as a {@link
 * SessionEvent}.
 *
 * <p>A {@linkplain #physical() physical} effect changes the world in a way that cannot be taken
 * back (erase, print, unlatch, lock): the runner commits the transition that decided it with
 * {@code Durability.SYNCED} before executing it.
 */
public sealed interface Effect extends org.cleartrade.core.machine.Effect {

    /**
     * Whether this effect acts on the physical world. Every effect says so itself: a physical effect
     * that defaulted to "no" would run before its decision was synced.
     */
    @Override
    boolean physical();

    /**
     * Calls the handler's method for this effect. Every effect implements it and {@link Handler}
     * has a method per effect, so an effect without a handler does not compile.
     */
    <R> R accept(Handler<R> handler);

    /** Runs each kind of effect; one method per effect, so none can be left out. */
    interface Handler<R> {
        R inspect(Inspect effect);

        R checkBlockList(CheckBlockList effect);

        R requestQuote(RequestQuote effect);

        R checkGate(CheckGate effect);

        R erase(Erase effect);

        R verifyErase(VerifyErase effect);

        R issueCertificate(IssueCertificate effect);

        R printCertificate(PrintCertificate effect);

        R chooseBin(ChooseBin effect);

        R unlatch(Unlatch effect);

        R lock(Lock effect);

        R readTraySerial(ReadTraySerial effect);

        R issueVoucher(IssueVoucher effect);

        R printVoucher(PrintVoucher effect);
    }

    /** Identify and inspect the phone on the dock; answers {@code Inspected} or {@code PhoneGone}. */
    record Inspect() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.inspect(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Answers {@code BlockListAnswered}. */
    record CheckBlockList(String imei) implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.checkBlockList(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Answers {@code Quoted}. */
    record RequestQuote(QuoteRequest request) implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.requestQuote(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /**
     * Run the pre-erase gate and reserve a bin for the trade; answers {@code GatePassed} or {@code
     * GateRefused}.
     */
    record CheckGate() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.checkGate(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /**
     * Run the pre-erase gate again for the reserved bin, then start the factory reset; answers
     * {@code GateRefused} (nothing erased), {@code EraseAcknowledged}, {@code EraseRefused} or
     * {@code PhoneGone}.
     */
    record Erase() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.erase(this);
        }

        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Wait for the phone to come back after the reset; answers {@code EraseChecked}. */
    record VerifyErase(String expectedSerial, Duration timeout) implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.verifyErase(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Sign the erasure certificate from the session's facts; answers {@code CertificateReady}. */
    record IssueCertificate() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.issueCertificate(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Print the certificate and quote receipt; answers {@code Printed} or {@code PrintFailed}. */
    record PrintCertificate() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.printCertificate(this);
        }

        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Pick a free, working bin other than {@code excluded}; answers {@code BinChosen} or {@code NoBinFree}. */
    record ChooseBin(Set<Integer> excluded) implements Effect {
        public ChooseBin {
            excluded = Set.copyOf(excluded);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.chooseBin(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Release a bin's latch; answers {@code BinUnlatched} or {@code LatchFailed}. */
    record Unlatch(int bin) implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.unlatch(this);
        }

        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Engage a bin's latch; answers {@code BinLocked} or {@code LatchFailed}. */
    record Lock(int bin) implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.lock(this);
        }

        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Read the serial of the USB device in the deposit tray; answers {@code TraySerialRead}. */
    record ReadTraySerial() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.readTraySerial(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Sign a single-use payout voucher; answers {@code VoucherReady}. */
    record IssueVoucher() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.issueVoucher(this);
        }

        @Override
        public boolean physical() {
            return false;
        }
    }

    /** Print the voucher; answers {@code Printed} or {@code PrintFailed}. */
    record PrintVoucher() implements Effect {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.printVoucher(this);
        }

        @Override
        public boolean physical() {
            return true;
        }
    }
}

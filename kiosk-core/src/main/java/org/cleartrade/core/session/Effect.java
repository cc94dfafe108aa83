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
public sealed interface Effect {

    /** Whether this effect acts on the physical world. */
    default boolean physical() {
        return false;
    }

    /** Identify and inspect the phone on the dock; answers {@code Inspected} or {@code PhoneGone}. */
    record Inspect() implements Effect {}

    /** Answers {@code BlockListAnswered}. */
    record CheckBlockList(String imei) implements Effect {}

    /** Answers {@code Quoted}. */
    record RequestQuote(QuoteRequest request) implements Effect {}

    /**
     * Run the pre-erase gate and reserve a bin for the trade; answers {@code GatePassed} or {@code
     * GateRefused}.
     */
    record CheckGate() implements Effect {}

    /**
     * Run the pre-erase gate again for the reserved bin, then start the factory reset; answers
     * {@code GateRefused} (nothing erased), {@code EraseAcknowledged}, {@code EraseRefused} or
     * {@code PhoneGone}.
     */
    record Erase() implements Effect {
        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Wait for the phone to come back after the reset; answers {@code EraseChecked}. */
    record VerifyErase(String expectedSerial, Duration timeout) implements Effect {}

    /** Sign the erasure certificate from the session's facts; answers {@code CertificateReady}. */
    record IssueCertificate() implements Effect {}

    /** Print the certificate and quote receipt; answers {@code Printed} or {@code PrintFailed}. */
    record PrintCertificate() implements Effect {
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
    }

    /** Release a bin's latch; answers {@code BinUnlatched} or {@code LatchFailed}. */
    record Unlatch(int bin) implements Effect {
        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Engage a bin's latch; answers {@code BinLocked} or {@code LatchFailed}. */
    record Lock(int bin) implements Effect {
        @Override
        public boolean physical() {
            return true;
        }
    }

    /** Read the serial of the USB device in the deposit tray; answers {@code TraySerialRead}. */
    record ReadTraySerial() implements Effect {}

    /** Sign a single-use payout voucher; answers {@code VoucherReady}. */
    record IssueVoucher() implements Effect {}

    /** Print the voucher; answers {@code Printed} or {@code PrintFailed}. */
    record PrintVoucher() implements Effect {
        @Override
        public boolean physical() {
            return true;
        }
    }
}

package org.cleartrade.core.session;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.session.SessionEvent.DeviceFailed;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;
import org.cleartrade.ports.printer.PrinterException;
import org.cleartrade.ports.printer.Receipt;

/**
 * Runs one {@link Effect} against the ports and turns the answer, or the port's failure, into the
 * event the machine expects. A port's failure becomes {@code DeviceFailed}, {@code PhoneGone},
 * {@code EraseRefused}, {@code PrintFailed} or {@code LatchFailed} carrying the device's message,
 * which the machine turns into a visible fault or an operator alert, and it is logged. A coding
 * error is not a port's failure: it is logged as one and thrown, so it is never shown to the seller
 * as a broken phone, and the phase's timeout ends the wait.
 *
 * <p>Time spent inside device calls is measured apart, so the journey driver can report the
 * software's own time without the devices' waits.
 */
final class EffectExecutor {

    private static final System.Logger LOG = System.getLogger(EffectExecutor.class.getName());

    /** How long the latch gets to move its bolt before the session calls it jammed. */
    static final Duration LATCH_SETTLE = Duration.ofSeconds(2);

    private static final Duration LATCH_POLL = Duration.ofMillis(100);

    private final SessionPorts ports;
    private final SessionSettings settings;
    private final DevicePause pause;
    private final PreEraseGate gate;
    private final HelperErase helperErase;

    EffectExecutor(
            SessionPorts ports,
            SessionSettings settings,
            DevicePause pause,
            JurisdictionProfile.BlockListOutage blockListOutage) {
        this.ports = ports;
        this.settings = settings;
        this.pause = pause;
        this.gate = new PreEraseGate(ports);
        this.helperErase = new HelperErase(ports, blockListOutage);
    }

    /** The answer to an effect, and how long of it was spent waiting on a device. */
    record Outcome(SessionEvent event, long deviceNanos) {}

    /**
     * Runs the effect. A port's own failure becomes the event the machine expects; anything else
     * thrown is a bug in the kiosk, not a fault of the phone or a device, and is not disguised as
     * one: it propagates to the caller.
     *
     * @throws RuntimeException anything an effect throws that is not a {@linkplain #portFailure port
     *     failure}
     */
    Outcome execute(Effect effect, SessionSnapshot snapshot) {
        long[] device = new long[1];
        SessionEvent event;
        try {
            event = effect.accept(new Run(snapshot, device));
        } catch (RuntimeException e) {
            if (!portFailure(e)) {
                LOG.log(
                        Level.ERROR,
                        () -> "session " + snapshot.sessionId() + ": " + effect
                                + " failed with a programming error, not a device fault",
                        e);
                throw e;
            }
            LOG.log(Level.WARNING, () -> "session " + snapshot.sessionId() + ": " + effect + " failed: " + e);
            event = failure(effect, e);
        }
        return new Outcome(event, device[0]);
    }

    /**
     * Whether a failure is one a port reports about the world: a device that did not do what it was
     * asked ({@link DeviceException}, whose subclasses name the phone going away, a refused erase, a
     * latch or a printer), the ledger failing or refusing ({@link LedgerException}), or I/O failing
     * on the way to a device, a file or a service ({@link UncheckedIOException}), or a document port
     * finding a fact missing that a restart can lose ({@link MissingEvidenceException}). Anything
     * else (a null, an illegal argument or state) is a coding error.
     */
    static boolean portFailure(RuntimeException e) {
        return e instanceof DeviceException
                || e instanceof LedgerException
                || e instanceof UncheckedIOException
                || e instanceof MissingEvidenceException;
    }

    /** Runs each effect against the ports, on the snapshot committed with it. */
    private final class Run implements Effect.Handler<SessionEvent> {
        private final SessionSnapshot snapshot;
        private final long[] device;

        Run(SessionSnapshot snapshot, long[] device) {
            this.snapshot = snapshot;
            this.device = device;
        }

        @Override
        public SessionEvent inspect(Effect.Inspect effect) {
            return new SessionEvent.Inspected(timed(device, () -> ports.dock().inspect()));
        }

        @Override
        public SessionEvent checkBlockList(Effect.CheckBlockList effect) {
            return new SessionEvent.BlockListAnswered(
                    timed(device, () -> ports.blockList().check(effect.imei())));
        }

        @Override
        public SessionEvent requestQuote(Effect.RequestQuote effect) {
            return new SessionEvent.Quoted(ports.quoter().quote(effect.request()));
        }

        @Override
        public SessionEvent checkGate(Effect.CheckGate effect) {
            return gate.reserve(snapshot, device);
        }

        @Override
        public SessionEvent erase(Effect.Erase effect) {
            Optional<SessionEvent.GateRefused> refused = gate.recheck(snapshot, device);
            if (refused.isPresent()) {
                return refused.get();
            }
            return helperErase.run(snapshot, device);
        }

        @Override
        public SessionEvent verifyErase(Effect.VerifyErase effect) {
            return new SessionEvent.EraseChecked(verify(effect, device));
        }

        @Override
        public SessionEvent issueCertificate(Effect.IssueCertificate effect) {
            return ports.certifier().certify(snapshot);
        }

        @Override
        public SessionEvent printCertificate(Effect.PrintCertificate effect) {
            return print(ports.receipts().certificate(snapshot), device);
        }

        @Override
        public SessionEvent chooseBin(Effect.ChooseBin effect) {
            OptionalInt bin = gate.freeBin(
                    effect.excluded(),
                    snapshot.trade().reservedBin(),
                    snapshot.trade().tradeId(),
                    device);
            return bin.isPresent() ? new SessionEvent.BinChosen(bin.getAsInt()) : new SessionEvent.NoBinFree();
        }

        @Override
        public SessionEvent unlatch(Effect.Unlatch effect) {
            return EffectExecutor.this.unlatch(effect.bin(), device);
        }

        @Override
        public SessionEvent lock(Effect.Lock effect) {
            return EffectExecutor.this.lock(effect.bin(), device);
        }

        @Override
        public SessionEvent readTraySerial(Effect.ReadTraySerial effect) {
            return new SessionEvent.TraySerialRead(timed(device, () -> traySerial(snapshot)));
        }

        @Override
        public SessionEvent issueVoucher(Effect.IssueVoucher effect) {
            return ports.vouchers().sign(snapshot, settings.voucherValidity());
        }

        @Override
        public SessionEvent printVoucher(Effect.PrintVoucher effect) {
            return print(ports.receipts().voucher(snapshot), device);
        }
    }

    /**
     * Waits for the phone to come back from its reset. When the erase is not verified, the phone
     * may never have reset (a wipe acknowledged and not carried out, a restart before the wipe): its
     * device-owner helper is taken off, and the detail says whether it was seen gone.
     */
    private EraseVerification verify(Effect.VerifyErase verify, long[] device) {
        EraseVerification result =
                timed(device, () -> ports.dock().verifyErased(verify.expectedSerial(), verify.timeout()));
        if (result.verified()) {
            return result;
        }
        HelperRemoval removal;
        try {
            removal = timed(device, () -> ports.dock().removeHelper());
        } catch (RuntimeException e) {
            removal = new HelperRemoval(false, "removal failed: " + e.getMessage());
        }
        return EraseVerification.failed(
                result.at(), result.method(), result.detail() + "; helper: " + removal.detail());
    }

    /**
     * The serial of the phone in the deposit tray: the erased phone's when the USB bus shows it on
     * the dock's cable (after a real reset adb no longer sees it, so adb alone would read an empty
     * tray), else whatever the dock sees there, another phone or nothing.
     */
    private Optional<String> traySerial(SessionSnapshot snapshot) {
        Optional<String> erased = snapshot.phone().serial();
        if (erased.isPresent() && ports.dock().onUsb(erased.get())) {
            return erased;
        }
        return ports.dock().status().serial();
    }

    private SessionEvent print(Receipt receipt, long[] device) {
        timed(device, () -> {
            ports.printer().print(receipt);
            return null;
        });
        return new SessionEvent.Printed();
    }

    private SessionEvent unlatch(int bin, long[] device) {
        try {
            BinStatus status = timed(device, () -> {
                ports.latch().unlock(bin);
                return settle(bin, false);
            });
            if (status.jammed() || status.locked()) {
                return new SessionEvent.LatchFailed(bin, status.jammed() ? "latch jammed" : "latch did not release");
            }
            return new SessionEvent.BinUnlatched(bin);
        } catch (LatchException e) {
            return new SessionEvent.LatchFailed(bin, e.getMessage());
        }
    }

    private SessionEvent lock(int bin, long[] device) {
        try {
            return new SessionEvent.BinLocked(timed(device, () -> {
                ports.latch().lock(bin);
                return settle(bin, true);
            }));
        } catch (LatchException e) {
            return new SessionEvent.LatchFailed(bin, e.getMessage());
        }
    }

    /** Reads the bin until the bolt reached the commanded position, jammed, or the settle time ran out. */
    private BinStatus settle(int bin, boolean locked) {
        Duration waited = Duration.ZERO;
        while (true) {
            BinStatus status = ports.latch().status(bin);
            if (status.locked() == locked || status.jammed() || waited.compareTo(LATCH_SETTLE) >= 0) {
                return status;
            }
            try {
                pause.pause(LATCH_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LatchException("bin " + bin + ": interrupted while the latch moved", e);
            }
            waited = waited.plus(LATCH_POLL);
        }
    }

    private static SessionEvent failure(Effect effect, RuntimeException e) {
        String detail = String.valueOf(e.getMessage());
        if (e instanceof PhoneGoneException) {
            return new SessionEvent.PhoneGone(detail);
        }
        if (e instanceof EraseRefusedException && effect instanceof Effect.Erase) {
            return new SessionEvent.EraseRefused(detail);
        }
        if (effect instanceof Effect.PrintCertificate || effect instanceof Effect.PrintVoucher) {
            return new SessionEvent.PrintFailed(
                    detail, e instanceof PrinterException p ? Optional.ofNullable(p.status()) : Optional.empty());
        }
        if (effect instanceof Effect.Unlatch u) {
            return new SessionEvent.LatchFailed(u.bin(), detail);
        }
        if (effect instanceof Effect.Lock l) {
            return new SessionEvent.LatchFailed(l.bin(), detail);
        }
        return new DeviceFailed(e.getClass().getSimpleName() + ": " + detail);
    }

    /** Runs a device call and adds its time to {@code device[0]}. */
    static <T> T timed(long[] device, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            device[0] += System.nanoTime() - start;
        }
    }
}

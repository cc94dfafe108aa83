package org.cleartrade.core.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.machine.StepRunner;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.latch.BinLatch;

/**
 * The operator console as the screens use it: feeds the {@link OperatorConsole} machine each
 * command through a {@link StepRunner} (one commit per step, synced before any physical effect,
 * nothing run on a commit that failed), runs the effects with {@link OperatorEffects}, and answers
 * the screens' read-only questions (bins, alerts).
 *
 * <p>Threading: one caller at a time (the UI's worker thread); calls block while the latch moves or
 * the printer prints.
 */
public final class OperatorRunner {

    /**
     * What the console works with.
     *
     * @param ids unique ids for console sessions and manifests
     */
    public record Context(
            PinLogin login,
            Ledger ledger,
            BinLatch latch,
            ManifestSigner signer,
            ManifestPrinter manifestPrinter,
            DeviceSelfTest selfTest,
            Reprints reprints,
            RecordExport export,
            BoltWatch bolts,
            Clock clock,
            Duration idleTimeout,
            String kioskId,
            Supplier<String> ids) {}

    private final OperatorConsole machine;
    private final StepRunner<ConsoleState, Event, OperatorEffect> steps;
    private final Ledger ledger;
    private final BinLatch latch;

    public OperatorRunner(Context c) {
        this.machine = new OperatorConsole(c.ledger(), c.clock(), c.idleTimeout(), c.kioskId(), c.ids());
        OperatorEffects effects = new OperatorEffects(new OperatorEffects.Ports(
                c.login(),
                c.latch(),
                c.bolts(),
                c.signer(),
                c.manifestPrinter(),
                c.selfTest(),
                c.reprints(),
                c.export()));
        this.steps = new StepRunner<>(machine, effects, c.ledger(), machine.start());
        this.ledger = c.ledger();
        this.latch = c.latch();
    }

    public ConsoleSnapshot snapshot() {
        return steps.state().snapshot();
    }

    /** The console's whole state, for tests and the journal. */
    public ConsoleState state() {
        return steps.state();
    }

    /**
     * Applies one operator command, and every effect it leads to, and returns the snapshot after
     * them.
     *
     * @throws IllegalStateException when the command does not fit the phase
     * @throws RuntimeException the ledger's failure when a step could not be committed; the console
     *     stays at its last committed step
     */
    public ConsoleSnapshot on(Event event) {
        try {
            return steps.on(event).snapshot();
        } finally {
            // The PIN check wipes the PIN; a sign-in whose step was never committed is not checked.
            if (event instanceof Event.SignIn signIn) {
                Pbkdf2PinHasher.wipe(signIn.pin());
            }
        }
    }

    /** The status of every bin, with what the ledger says it holds. */
    public List<BinOverview> bins() {
        requirePermission(Role.Permission.VIEW_BINS);
        List<Ledger.BinContent> contents = ledger.binContents();
        List<BinOverview> bins = new ArrayList<>();
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            int number = bin;
            Optional<Ledger.BinContent> content =
                    contents.stream().filter(c -> c.bin() == number).findFirst();
            Optional<TradeRecord> trade =
                    content.flatMap(Ledger.BinContent::tradeId).flatMap(ledger::trade);
            Optional<Instant> hold = content.flatMap(Ledger.BinContent::holdUntil);
            Optional<String> certificate = trade.flatMap(t -> ledger.certificate(t.tradeId()))
                    .map(LedgerFact.CertificateIssued::certificateId);
            try {
                bins.add(new BinOverview(bin, Optional.of(latch.status(bin)), trade, certificate, hold, ""));
            } catch (DeviceException e) {
                bins.add(new BinOverview(bin, Optional.empty(), trade, certificate, hold, e.getMessage()));
            }
        }
        return bins;
    }

    /** What staff must look at, oldest first. */
    public List<LedgerFact.AlertRaised> alerts() {
        requirePermission(Role.Permission.VIEW_BINS);
        return ledger.openAlerts();
    }

    /** The open alerts, oldest first, each with what its seller is owed and what staff may do now. */
    public List<AlertCase> cases() {
        requirePermission(Role.Permission.VIEW_BINS);
        return machine.cases();
    }

    private void requirePermission(Role.Permission permission) {
        ConsoleState s = steps.state();
        if (!s.operator().map(o -> o.role().may(permission)).orElse(false)) {
            throw new IllegalStateException("phase: " + s.phase() + ", permission denied: " + permission);
        }
    }
}

package org.cleartrade.core.operator;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.machine.EffectHandler;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;

/**
 * Runs the operator console's effects against the ports, outside the machine, and answers each with
 * an {@link ConsoleAnswer}. A device fault is an answer too (the console tells the operator and audits it);
 * anything else propagates.
 *
 * <p>Threading: blocks the caller while the latch moves or the printer prints.
 */
public final class OperatorEffects
        implements OperatorEffect.Handler<ConsoleAnswer>, EffectHandler<ConsoleState, Event, OperatorEffect> {

    /** The ports the effects act on. */
    public record Ports(
            PinLogin login,
            BinLatch latch,
            BoltWatch bolts,
            ManifestSigner signer,
            ManifestPrinter manifestPrinter,
            DeviceSelfTest selfTest,
            Reprints reprints,
            RecordExport export) {
        public Ports {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(latch, "latch");
            Objects.requireNonNull(bolts, "bolts");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(manifestPrinter, "manifestPrinter");
            Objects.requireNonNull(selfTest, "selfTest");
            Objects.requireNonNull(reprints, "reprints");
            Objects.requireNonNull(export, "export");
        }
    }

    private final Ports ports;

    public OperatorEffects(Ports ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    @Override
    public List<Event> run(OperatorEffect effect, ConsoleState committed) {
        return List.of(effect.accept(this));
    }

    @Override
    public ConsoleAnswer checkPin(OperatorEffect.CheckPin effect) {
        return new ConsoleAnswer.PinChecked(
                effect.operatorId(), ports.login().attempt(effect.operatorId(), effect.pin()));
    }

    /** Reads the bin first: the console compares what it held with the ledger once it is open. */
    @Override
    public ConsoleAnswer unlatch(OperatorEffect.Unlatch effect) {
        int bin = effect.bin();
        try {
            BinStatus before = ports.latch().status(bin);
            ports.latch().unlock(bin);
            return new ConsoleAnswer.BinUnlatched(bin, before);
        } catch (DeviceException e) {
            return new ConsoleAnswer.UnlatchFailed(bin, e.getMessage());
        }
    }

    @Override
    public ConsoleAnswer lock(OperatorEffect.Lock effect) {
        int bin = effect.bin();
        if (effect.leaveIfOpen() && !lastKnown(bin).map(BinStatus::doorClosed).orElse(false)) {
            return new ConsoleAnswer.BinLeftOpen(bin);
        }
        try {
            ports.latch().lock(bin);
            return new ConsoleAnswer.BinLocked(bin, ports.bolts().await(ports.latch(), bin, true));
        } catch (DeviceException e) {
            boolean doorOpen = lastKnown(bin).map(seen -> !seen.doorClosed()).orElse(false);
            return new ConsoleAnswer.LockFailed(bin, e.getMessage(), doorOpen);
        }
    }

    @Override
    public ConsoleAnswer signManifest(OperatorEffect.SignManifest effect) {
        CustodyManifest manifest = effect.manifest();
        return new ConsoleAnswer.ManifestSigned(
                manifest, ports.signer().sign(manifest.canonicalText().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ConsoleAnswer printManifest(OperatorEffect.PrintManifest effect) {
        String id = effect.manifest().manifestId();
        try {
            ports.manifestPrinter().print(effect.manifest(), effect.signature());
            return new ConsoleAnswer.ManifestPrinted(id);
        } catch (DeviceException e) {
            return new ConsoleAnswer.ManifestPrintFailed(id, e.getMessage());
        }
    }

    @Override
    public ConsoleAnswer reprint(OperatorEffect.Reprint effect) {
        try {
            ports.reprints().reprint(effect.tradeId());
            return new ConsoleAnswer.Reprinted(effect.tradeId());
        } catch (DeviceException | IllegalArgumentException e) {
            // A printer fault, or a trade whose journal cannot give back the receipt: both are
            // reported to the operator and audited, never swallowed.
            return new ConsoleAnswer.ReprintFailed(effect.tradeId(), e.getMessage());
        }
    }

    @Override
    public ConsoleAnswer selfTest(OperatorEffect.SelfTest effect) {
        List<DeviceSelfTest.Result> results = new java.util.ArrayList<>();
        results.add(ports.selfTest().printer());
        results.addAll(ports.selfTest().latch(effect.occupiedBins()));
        return new ConsoleAnswer.SelfTested(results);
    }

    @Override
    public ConsoleAnswer export(OperatorEffect.Export effect) {
        try {
            return new ConsoleAnswer.Exported(
                    effect.from(), effect.to(), ports.export().export(effect.from(), effect.to(), effect.target()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new ConsoleAnswer.ExportFailed(e.getMessage());
        }
    }

    /** The bin's status, or empty when the controller cannot say; callers treat empty as unsafe. */
    private Optional<BinStatus> lastKnown(int bin) {
        try {
            return Optional.of(ports.latch().status(bin));
        } catch (DeviceException unreadable) {
            return Optional.empty();
        }
    }
}

package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.List;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.ports.latch.BinStatus;

/**
 * What an effect answered; only {@link OperatorEffects} sends these. Each answer names the
 * effect it answers, and {@link Handler} has a method per answer, so an answer without a handler
 * does not compile.
 */
public sealed interface ConsoleAnswer extends OperatorConsole.Event {

    /** The effect this answers: the state must be waiting for it. */
    Awaiting answers();

    <R> R accept(Handler<R> handler);

    /** Takes each kind of answer. */
    interface Handler<R> {
        R pinChecked(PinChecked answer);

        R binUnlatched(BinUnlatched answer);

        R unlatchFailed(UnlatchFailed answer);

        R binLocked(BinLocked answer);

        R lockFailed(LockFailed answer);

        R binLeftOpen(BinLeftOpen answer);

        R manifestSigned(ManifestSigned answer);

        R manifestPrinted(ManifestPrinted answer);

        R manifestPrintFailed(ManifestPrintFailed answer);

        R reprinted(Reprinted answer);

        R reprintFailed(ReprintFailed answer);

        R selfTested(SelfTested answer);

        R exported(Exported answer);

        R exportFailed(ExportFailed answer);
    }

    record PinChecked(String operatorId, PinLogin.Result result) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.PIN;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.pinChecked(this);
        }
    }

    /** @param before the bin as it was read just before it was unlatched */
    record BinUnlatched(int bin, BinStatus before) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.UNLATCH;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.binUnlatched(this);
        }
    }

    record UnlatchFailed(int bin, String reason) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.UNLATCH;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.unlatchFailed(this);
        }
    }

    record BinLocked(int bin, BinStatus after) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.LOCK;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.binLocked(this);
        }
    }

    /** @param doorOpen the bin reads with its door open, the likely reason */
    record LockFailed(int bin, String reason, boolean doorOpen) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.LOCK;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.lockFailed(this);
        }
    }

    /** At an idle sign-out the door was not known to be closed, so the bin was not commanded. */
    record BinLeftOpen(int bin) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.LOCK;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.binLeftOpen(this);
        }
    }

    record ManifestSigned(CustodyManifest manifest, ManifestSigner.Signature signature) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.SIGNATURE;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.manifestSigned(this);
        }
    }

    record ManifestPrinted(String manifestId) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.MANIFEST_PRINT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.manifestPrinted(this);
        }
    }

    record ManifestPrintFailed(String manifestId, String reason) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.MANIFEST_PRINT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.manifestPrintFailed(this);
        }
    }

    record Reprinted(String tradeId) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.REPRINT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reprinted(this);
        }
    }

    record ReprintFailed(String tradeId, String reason) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.REPRINT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reprintFailed(this);
        }
    }

    record SelfTested(List<DeviceSelfTest.Result> results) implements ConsoleAnswer {
        public SelfTested {
            results = List.copyOf(results);
        }

        @Override
        public Awaiting answers() {
            return Awaiting.SELF_TEST;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.selfTested(this);
        }
    }

    record Exported(Instant from, Instant to, RecordExport.Summary summary) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.EXPORT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.exported(this);
        }
    }

    record ExportFailed(String reason) implements ConsoleAnswer {
        @Override
        public Awaiting answers() {
            return Awaiting.EXPORT;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.exportFailed(this);
        }
    }
}

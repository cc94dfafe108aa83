package org.cleartrade.core.operator;

import java.util.Optional;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.ports.latch.BinStatus;

/**
 * What the console makes of each answer its effects bring back, written into the step being
 * decided. The console has already checked that the state waits for the answer.
 */
final class ConsoleAnswers implements ConsoleAnswer.Handler<Void> {

    private final ConsoleDraft d;
    private final SignOff signOff;
    private final RecoveryDesk recovery;

    ConsoleAnswers(ConsoleDraft d, SignOff signOff, RecoveryDesk recovery) {
        this.d = d;
        this.signOff = signOff;
        this.recovery = recovery;
    }

    @Override
    public Void pinChecked(ConsoleAnswer.PinChecked checked) {
        PinLogin.Result result = checked.result();
        if (result instanceof PinLogin.Result.Granted granted) {
            d.operator = Optional.of(granted.account());
            d.phase = Phase.SIGNED_IN;
            d.releases.clear();
            d.discrepancies.clear();
            d.lastManifest = Optional.empty();
            d.restockStarted = d.now;
            d.lastActivity = d.now;
            d.notice = Notice.of(Notice.Kind.SIGNIN_GRANTED);
            d.audit("operator.signin", "granted, role " + granted.account().role());
        } else if (result instanceof PinLogin.Result.Refused refused) {
            refused(checked, Notice.of(Notice.Kind.SIGNIN_REFUSED, refused.attemptsLeft()), "refused");
        } else if (result instanceof PinLogin.Result.LockedOut locked) {
            refused(
                    checked,
                    Notice.of(Notice.Kind.SIGNIN_LOCKED, locked.until()),
                    "locked out until " + locked.until());
        } else if (result instanceof PinLogin.Result.PadPaused paused) {
            refused(
                    checked,
                    Notice.of(Notice.Kind.SIGNIN_PAD_PAUSED, paused.until()),
                    "pad paused until " + paused.until());
        }
        return null;
    }

    /** A refused sign-in is a console session of its own, ended here. */
    private void refused(ConsoleAnswer.PinChecked checked, Notice notice, String detail) {
        d.notice = notice;
        d.facts.add(new LedgerFact.Audited(checked.operatorId(), "operator.signin", detail));
        d.sessionId = Optional.empty();
    }

    /** The bin is open: what it held before it opened is checked against the ledger. */
    @Override
    public Void binUnlatched(ConsoleAnswer.BinUnlatched a) {
        int bin = a.bin();
        d.phase = Phase.BIN_OPEN;
        if (d.returning.isPresent()) {
            return null;
        }
        String tradeId = d.expected.map(TradeRecord::tradeId).orElse("?");
        if (a.before().tamper()) {
            d.discrepancy(Discrepancy.Kind.TAMPER, bin, "door was opened while locked");
        }
        if (!a.before().occupied()) {
            d.discrepancy(
                    Discrepancy.Kind.MISSING_PHONE, bin, "ledger holds trade " + tradeId + " but the bin is empty");
        }
        d.notice = a.before().occupied()
                ? Notice.of(Notice.Kind.BIN_OPENED, bin)
                : Notice.of(Notice.Kind.BIN_MISSING_PHONE, bin);
        return null;
    }

    @Override
    public Void unlatchFailed(ConsoleAnswer.UnlatchFailed a) {
        d.notice = Notice.of(Notice.Kind.BIN_DEVICE_ERROR, a.bin(), a.reason());
        d.audit("bin.unlatch.failed", "bin " + a.bin() + ": " + a.reason());
        d.leaveBin();
        return null;
    }

    @Override
    public Void binLocked(ConsoleAnswer.BinLocked a) {
        int bin = a.bin();
        BinStatus after = a.after();
        if (after.jammed() || !after.locked()) {
            d.discrepancy(Discrepancy.Kind.LATCH_JAMMED, bin, "latch feedback disagrees after lock");
            d.notice = Notice.of(Notice.Kind.BIN_JAMMED, bin);
        } else if (d.returning.isPresent()) {
            d.notice = recovery.closedAfterReturn(d.operatorId(), d.returning.get(), after.occupied(), d.facts);
        } else if (after.occupied() && d.expected.isEmpty()) {
            d.discrepancy(Discrepancy.Kind.LEFT_IN_BIN, bin, "bin still reports a phone");
            d.notice = Notice.of(Notice.Kind.BIN_LEFT_IN_BIN, bin);
        } else {
            d.notice = Notice.of(Notice.Kind.BIN_LOCKED, bin);
        }
        d.audit("bin.locked", "bin " + bin + " secured=" + after.secured());
        d.leaveBin();
        signOff.carryOn(d);
        return null;
    }

    /** A door left open is the operator's to close, unless the console is signing out. */
    @Override
    public Void lockFailed(ConsoleAnswer.LockFailed a) {
        if (a.doorOpen() && d.closing.isEmpty()) {
            d.notice = Notice.of(Notice.Kind.BIN_CLOSE_DOOR_FIRST, a.bin());
            return null;
        }
        d.discrepancy(Discrepancy.Kind.LATCH_JAMMED, a.bin(), a.reason());
        d.notice = Notice.of(Notice.Kind.BIN_JAMMED, a.bin());
        d.leaveBin();
        signOff.carryOn(d);
        return null;
    }

    @Override
    public Void binLeftOpen(ConsoleAnswer.BinLeftOpen a) {
        d.audit("bin.leftOpen", "bin " + a.bin() + " open at idle sign-out");
        d.leaveBin();
        signOff.carryOn(d);
        return null;
    }

    @Override
    public Void manifestSigned(ConsoleAnswer.ManifestSigned a) {
        SignOff.signed(d, a);
        return null;
    }

    @Override
    public Void manifestPrinted(ConsoleAnswer.ManifestPrinted a) {
        signOff.carryOn(d);
        return null;
    }

    @Override
    public Void manifestPrintFailed(ConsoleAnswer.ManifestPrintFailed a) {
        // The signed manifest is stored either way; the operator is told the paper is missing.
        d.audit("custody.manifest.print", "failed: " + a.reason());
        d.notice = Notice.of(Notice.Kind.RESTOCK_PRINT_FAILED, a.manifestId(), a.reason());
        signOff.carryOn(d);
        return null;
    }

    @Override
    public Void reprinted(ConsoleAnswer.Reprinted a) {
        d.audit("receipt.reprint", a.tradeId());
        d.notice = Notice.of(Notice.Kind.REPRINT_DONE, a.tradeId());
        return null;
    }

    @Override
    public Void reprintFailed(ConsoleAnswer.ReprintFailed a) {
        d.audit("receipt.reprint.failed", a.tradeId() + ": " + a.reason());
        d.notice = Notice.of(Notice.Kind.REPRINT_FAILED, a.tradeId(), a.reason());
        return null;
    }

    @Override
    public Void selfTested(ConsoleAnswer.SelfTested a) {
        for (DeviceSelfTest.Result r : a.results()) {
            d.audit("selftest." + (r.passed() ? "pass" : "fail"), r.device() + ": " + r.detail());
        }
        d.selfTest = a.results();
        boolean passed = a.results().stream().allMatch(DeviceSelfTest.Result::passed);
        d.notice = Notice.of(passed ? Notice.Kind.SELFTEST_PASSED : Notice.Kind.SELFTEST_FAILED);
        return null;
    }

    @Override
    public Void exported(ConsoleAnswer.Exported a) {
        RecordExport.Summary summary = a.summary();
        d.audit(
                "records.export",
                a.from() + ".." + a.to() + " trades=" + summary.trades() + " certificates=" + summary.certificates()
                        + " audit=" + summary.auditLinks() + " to " + summary.folder());
        d.notice = Notice.of(
                Notice.Kind.EXPORT_DONE,
                summary.folder().toString(),
                summary.trades(),
                summary.certificates(),
                summary.auditLinks());
        return null;
    }

    @Override
    public Void exportFailed(ConsoleAnswer.ExportFailed a) {
        d.audit("records.export.failed", a.reason());
        d.notice = Notice.of(Notice.Kind.EXPORT_FAILED, a.reason());
        return null;
    }
}

package org.cleartrade.core.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionSnapshot.BlockListResult;
import org.cleartrade.core.session.SessionSnapshot.Deposit;
import org.cleartrade.core.session.SessionSnapshot.Erasure;
import org.cleartrade.core.session.SessionSnapshot.Fault;
import org.cleartrade.core.session.SessionSnapshot.Handover;
import org.cleartrade.core.session.SessionSnapshot.IssuedCertificate;
import org.cleartrade.core.session.SessionSnapshot.IssuedVoucher;
import org.cleartrade.core.session.SessionSnapshot.OfferState;
import org.cleartrade.core.session.SessionSnapshot.PhoneState;
import org.cleartrade.core.session.SessionSnapshot.TradeState;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.grading.Grade;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;

/** Reads a journaled snapshot of any version back, through {@link SnapshotFields}. */
final class SnapshotDecoder {

    private SnapshotDecoder() {}

    /** Decodes {@code r}, which must say it is of {@code format}. */
    static SessionSnapshot decode(SnapshotFields r, String format) {
        String named = r.string("format");
        if (!format.equals(named)) {
            throw SnapshotFields.bad("format", "is '" + named + "', expected " + format);
        }
        List<OperatorAlert> alerts = new ArrayList<>();
        int alertCount = r.count("alert");
        for (int i = 0; i < alertCount; i++) {
            String k = "alert." + i + ".";
            alerts.add(new OperatorAlert(
                    r.enumeration(k + "kind", OperatorAlert.Kind.class),
                    r.instant(k + "at"),
                    r.optionalInt(k + "bin"),
                    r.optionalString(k + "trade"),
                    r.string(k + "detail"),
                    r.has(k + "owed")
                            ? Optional.of(money(r, k + "owed", r.string(k + "owedCurrency")))
                            : Optional.empty()));
        }
        Optional<Fault> fault = r.has("fault.reason")
                ? Optional.of(new Fault(r.enumeration("fault.reason", FaultReason.class), r.string("fault.detail")))
                : Optional.empty();
        return new SessionSnapshot(
                r.string("session"),
                r.number("seq"),
                r.enumeration("phase", Phase.class),
                r.number("phaseEntrySeq"),
                r.instant("phaseSince"),
                r.optionalInstant("deadline"),
                r.string("jurisdiction"),
                r.string("language"),
                phone(r),
                offer(r),
                trade(r),
                r.optionalEnum("refusal", RefusalReason.class),
                fault,
                alerts,
                r.optionalEnum("outcome", Outcome.class));
    }

    private static PhoneState phone(SnapshotFields r) {
        // Journals written before the iPhone dock carry neither platform nor prompt: both stay empty.
        DockStatus dock = new DockStatus(
                r.enumeration("dock.state", DockStatus.State.class),
                r.optionalString("dock.serial"),
                r.optionalEnum("dock.platform", Platform.class),
                r.optionalEnum("dock.prompt", DockStatus.Prompt.class));
        List<ChecklistItem> checklist = Arrays.stream(ChecklistItem.Topic.values())
                .map(t -> new ChecklistItem(t, r.enumeration("checklist." + t, ChecklistItem.Tick.class)))
                .toList();
        Optional<InspectionReport> inspection = Optional.empty();
        if (r.has("phone.model")) {
            PhoneIdentity identity = new PhoneIdentity(
                    r.string("phone.manufacturer"),
                    r.string("phone.model"),
                    r.string("phone.marketName"),
                    r.integer("phone.storageGb"),
                    r.string("phone.serial"),
                    r.optionalString("phone.imei"),
                    r.string("phone.osName"),
                    r.string("phone.osVersion"),
                    r.string("phone.securityPatch"));
            List<Check> checks = new ArrayList<>();
            int count = r.count("check");
            for (int i = 0; i < count; i++) {
                checks.add(new Check(
                        r.enumeration("check." + i + ".kind", Check.Kind.class),
                        r.enumeration("check." + i + ".verdict", Check.Verdict.class),
                        r.string("check." + i + ".detail")));
            }
            inspection = Optional.of(new InspectionReport(identity, checks, r.optionalInt("phone.battery")));
        }
        return new PhoneState(dock, inspection, checklist, r.optionalEnum("blockList", BlockListResult.class));
    }

    private static OfferState offer(SnapshotFields r) {
        Optional<Condition> condition = r.has("condition.screen")
                ? Optional.of(new Condition(
                        r.bool("condition.powersOn"),
                        r.enumeration("condition.screen", Condition.Screen.class),
                        r.enumeration("condition.body", Condition.Body.class),
                        r.bool("condition.waterDamage")))
                : Optional.empty();
        Optional<Quote> quote = Optional.empty();
        if (r.has("quote.id")) {
            String currency = r.string("quote.currency");
            List<Quote.Deduction> deductions = new ArrayList<>();
            int count = r.count("deduction");
            for (int i = 0; i < count; i++) {
                deductions.add(new Quote.Deduction(
                        r.string("deduction." + i + ".reason"), money(r, "deduction." + i + ".amount", currency)));
            }
            quote = Optional.of(new Quote(
                    r.string("quote.id"),
                    r.string("quote.modelId"),
                    r.string("quote.modelName"),
                    r.integer("quote.storageGb"),
                    r.enumeration("quote.grade", Grade.class),
                    money(r, "quote.base", currency),
                    deductions,
                    money(r, "quote.offer", currency),
                    r.instant("quote.validUntil"),
                    r.optionalString("quote.priceBook").orElse("")));
        }
        return new OfferState(condition, quote);
    }

    private static Money money(SnapshotFields r, String key, String currency) {
        try {
            return new Money(r.number(key), currency);
        } catch (IllegalArgumentException e) {
            throw SnapshotFields.bad(key, e.getMessage());
        }
    }

    private static TradeState trade(SnapshotFields r) {
        Optional<EraseAcknowledgement> ack = r.has("erase.ack.at")
                ? Optional.of(new EraseAcknowledgement(
                        r.instant("erase.ack.at"),
                        r.string("erase.ack.method"),
                        r.string("erase.ack.tool"),
                        r.string("erase.ack.toolVersion"),
                        r.string("erase.ack.evidence")))
                : Optional.empty();
        Optional<EraseVerification> verification =
                r.has("erase.verify.at") ? Optional.of(verification(r)) : Optional.empty();
        Optional<ConsentRecord> consent = r.has("erase.consent.at")
                ? Optional.of(new ConsentRecord(
                        r.string("erase.consent.version"),
                        r.string("erase.consent.sha256"),
                        r.string("erase.consent.language"),
                        r.instant("erase.consent.at")))
                : Optional.empty();
        Erasure erasure = new Erasure(consent, r.enumeration("erase.stage", Erasure.Stage.class), ack, verification);
        Optional<IssuedCertificate> certificate = r.has("certificate.id")
                ? Optional.of(new IssuedCertificate(
                        r.string("certificate.id"), r.string("certificate.qr"), handover(r, "certificate")))
                : Optional.empty();
        Optional<IssuedVoucher> voucher = r.has("voucher.id")
                ? Optional.of(new IssuedVoucher(
                        r.string("voucher.id"),
                        r.string("voucher.qr"),
                        money(r, "voucher.amount", r.string("voucher.currency")),
                        r.instant("voucher.expiresAt"),
                        handover(r, "voucher")))
                : Optional.empty();
        return new TradeState(
                r.optionalString("trade.id"),
                r.optionalEnum("trade.status", TradeRecord.Status.class),
                r.bool("trade.flagged"),
                r.bool("trade.identityChecked"),
                erasure,
                certificate,
                deposit(r),
                voucher,
                r.optionalInt("trade.reservedBin"),
                r.optionalString("trade.finishedBy"));
    }

    /** {@code <receipt>.handover}, or the boolean {@code <receipt>.printed} of journals written before it. */
    private static Handover handover(SnapshotFields r, String receipt) {
        if (r.has(receipt + ".handover")) {
            return r.enumeration(receipt + ".handover", Handover.class);
        }
        return r.bool(receipt + ".printed") ? Handover.PRINTED : Handover.PRINTING;
    }

    /**
     * The verification of a journal entry. An entry written before evidence levels were recorded
     * that says "verified" is read at the weakest level, USB re-enumeration: it never claims more.
     */
    private static EraseVerification verification(SnapshotFields r) {
        boolean verified = r.bool("erase.verify.verified");
        VerificationEvidence evidence = r.optionalEnum("erase.verify.evidence", VerificationEvidence.class)
                .orElse(verified ? VerificationEvidence.USB_REENUMERATED_SAME_SERIAL : VerificationEvidence.NONE);
        if (evidence.verified() != verified) {
            throw SnapshotFields.bad("erase.verify.evidence", evidence + " does not match verified=" + verified);
        }
        return new EraseVerification(
                r.instant("erase.verify.at"),
                verified,
                r.string("erase.verify.method"),
                r.string("erase.verify.detail"),
                evidence);
    }

    private static Deposit deposit(SnapshotFields r) {
        Set<Integer> failed = new HashSet<>(r.integers("deposit.failedBins"));
        Optional<BinStatus> status = r.has("deposit.status.bin")
                ? Optional.of(new BinStatus(
                        r.integer("deposit.status.bin"),
                        r.bool("deposit.status.doorClosed"),
                        r.bool("deposit.status.locked"),
                        r.bool("deposit.status.occupied"),
                        r.bool("deposit.status.jammed"),
                        r.bool("deposit.status.tamper")))
                : Optional.empty();
        return new Deposit(
                r.optionalInt("deposit.bin"),
                failed,
                status,
                r.bool("deposit.doorOpened"),
                r.bool("deposit.lockRequested"),
                r.optionalInstant("deposit.lockedAt"),
                r.optionalInstant("deposit.openUntil"));
    }
}

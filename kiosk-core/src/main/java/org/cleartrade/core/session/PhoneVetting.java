package org.cleartrade.core.session;

import java.util.List;
import java.util.Optional;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.pricing.quote.QuoteDecision;

/**
 * Decides from an inspection report whether a phone may be traded, and which checklist items the
 * kiosk could verify. Pure.
 *
 * <p>Account locks must be verified off: a lock that fails or cannot be checked refuses the phone,
 * because erasing a phone that is still bound to someone's account protects nobody. SIM, eSIM and
 * memory card must not be present when the dock can see them; when it cannot, the item stays
 * unticked and the seller was coached to remove them. Each rule and each checklist tick weighs only
 * the checks a dock of the phone's {@link Platform} reports: an iPhone is judged by Find My, not by
 * Android's account list, and an Android phone the other way round.
 */
final class PhoneVetting {

    private record Rule(Kind kind, RefusalReason onFail, Optional<RefusalReason> onUnverified) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Kind.ACCOUNTS_SIGNED_OUT,
                    RefusalReason.ACCOUNT_SIGNED_IN,
                    Optional.of(RefusalReason.LOCK_UNVERIFIED)),
            new Rule(
                    Kind.FACTORY_RESET_PROTECTION_OFF,
                    RefusalReason.FACTORY_RESET_PROTECTION_ON,
                    Optional.of(RefusalReason.LOCK_UNVERIFIED)),
            new Rule(Kind.FIND_MY_OFF, RefusalReason.FIND_MY_ON, Optional.of(RefusalReason.LOCK_UNVERIFIED)),
            new Rule(Kind.NO_DEVICE_OWNER, RefusalReason.DEVICE_OWNER_PRESENT, Optional.empty()),
            new Rule(Kind.NOT_ROOTED, RefusalReason.ROOTED, Optional.empty()),
            new Rule(Kind.SIM_REMOVED, RefusalReason.SIM_INSERTED, Optional.empty()),
            new Rule(Kind.ESIM_REMOVED, RefusalReason.ESIM_PRESENT, Optional.empty()),
            new Rule(Kind.SD_CARD_REMOVED, RefusalReason.SD_CARD_INSERTED, Optional.empty()));

    private PhoneVetting() {}

    /**
     * The first reason to refuse the phone, most serious first; empty when it may be traded. A
     * phone that no certificate could name comes first: it is refused before, never after, its
     * erase ({@link PreEraseGate#identityProblem}).
     */
    static Optional<RefusalReason> refusal(InspectionReport report) {
        if (PreEraseGate.identityProblem(report.identity()).isPresent()) {
            return Optional.of(RefusalReason.PHONE_NOT_CERTIFIABLE);
        }
        Platform platform = Platform.of(report.identity());
        for (Rule rule : RULES) {
            if (!rule.kind().appliesTo(platform)) {
                continue;
            }
            Verdict verdict = report.check(rule.kind()).map(Check::verdict).orElse(Verdict.UNVERIFIED);
            if (verdict == Verdict.FAIL) {
                return Optional.of(rule.onFail());
            }
            if (verdict == Verdict.UNVERIFIED && rule.onUnverified().isPresent()) {
                return rule.onUnverified();
            }
        }
        return Optional.empty();
    }

    /**
     * {@link RefusalReason#STORAGE_NOT_ENCRYPTED} when the storage is not proven encrypted (so a
     * reset would be no cryptographic erase) and the jurisdiction refuses such phones; empty when
     * it is encrypted or the jurisdiction erases it at Clear.
     */
    static Optional<RefusalReason> storageRefusal(
            InspectionReport report, JurisdictionProfile.UnencryptedStorage policy) {
        boolean encrypted = report.check(Kind.STORAGE_ENCRYPTED)
                .map(c -> c.verdict() == Verdict.PASS)
                .orElse(false);
        return !encrypted && policy == JurisdictionProfile.UnencryptedStorage.REFUSE
                ? Optional.of(RefusalReason.STORAGE_NOT_ENCRYPTED)
                : Optional.empty();
    }

    /** The checklist with a tick for every item the report verified. */
    static List<ChecklistItem> checklist(InspectionReport report) {
        return java.util.Arrays.stream(ChecklistItem.Topic.values())
                .map(topic -> new ChecklistItem(topic, tick(topic, report)))
                .toList();
    }

    private static ChecklistItem.Tick tick(ChecklistItem.Topic topic, InspectionReport report) {
        if (topic.verifiedBy().isEmpty()) {
            return ChecklistItem.Tick.SELLER_ONLY;
        }
        Platform platform = Platform.of(report.identity());
        List<Kind> kinds = topic.verifiedBy().stream()
                .filter(kind -> kind.appliesTo(platform))
                .toList();
        if (kinds.isEmpty()) {
            return ChecklistItem.Tick.UNVERIFIED;
        }
        boolean allPass = true;
        for (Kind kind : kinds) {
            Verdict verdict = report.check(kind).map(Check::verdict).orElse(Verdict.UNVERIFIED);
            if (verdict == Verdict.FAIL) {
                return ChecklistItem.Tick.FAILED;
            }
            allPass &= verdict == Verdict.PASS;
        }
        return allPass ? ChecklistItem.Tick.VERIFIED : ChecklistItem.Tick.UNVERIFIED;
    }

    /** The session's reason for a quoter's refusal. */
    static RefusalReason of(QuoteDecision.RefusalReason reason) {
        return switch (reason) {
            case ACCOUNT_LOCKED -> RefusalReason.FACTORY_RESET_PROTECTION_ON;
            case IMEI_BLOCKED -> RefusalReason.IMEI_BLOCKED;
            case UNSUPPORTED_MODEL -> RefusalReason.UNSUPPORTED_MODEL;
            case NO_VALUE -> RefusalReason.NO_VALUE;
        };
    }
}

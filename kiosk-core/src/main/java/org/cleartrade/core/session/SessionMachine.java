package org.cleartrade.core.session;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionEvent.Accept;
import org.cleartrade.core.session.SessionEvent.BlockListAnswered;
import org.cleartrade.core.session.SessionEvent.Cancel;
import org.cleartrade.core.session.SessionEvent.ChecklistDone;
import org.cleartrade.core.session.SessionEvent.ConditionAnswered;
import org.cleartrade.core.session.SessionEvent.Decline;
import org.cleartrade.core.session.SessionEvent.DeviceFailed;
import org.cleartrade.core.session.SessionEvent.DockChanged;
import org.cleartrade.core.session.SessionEvent.Inspected;
import org.cleartrade.core.session.SessionEvent.LanguageChosen;
import org.cleartrade.core.session.SessionEvent.PhoneGone;
import org.cleartrade.core.session.SessionEvent.Quoted;
import org.cleartrade.core.session.SessionEvent.Resumed;
import org.cleartrade.core.session.SessionEvent.Retry;
import org.cleartrade.core.session.SessionEvent.Start;
import org.cleartrade.core.session.SessionEvent.Timeout;
import org.cleartrade.core.session.SessionSnapshot.BlockListResult;
import org.cleartrade.core.session.SessionSnapshot.OfferState;
import org.cleartrade.core.session.SessionSnapshot.PhoneState;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.pricing.quote.Quote;
import org.cleartrade.pricing.quote.QuoteDecision;
import org.cleartrade.pricing.quote.QuoteRequest;

/**
 * The seller's journey as an explicit state machine. Pure: it reads time from the injected clock
 * and otherwise only turns (snapshot, event) into a {@link Transition} holding the next snapshot,
 * the ledger facts to commit and the effects to run. The {@link SessionRunner} commits and runs
 * them.
 *
 * <p>The transition table (which event each phase takes, where it leads, with which effects and
 * facts) is not copied here: {@code TransitionTableTest} reads it off this machine into
 * docs/architecture.md and fails the build when the two disagree. Any non-final phase also takes
 * {@code LanguageChosen} to itself and {@code Resumed} after a restart ({@link Resumption}); every
 * pair the table does not list is an {@link IllegalStateException} {@code "phase: X, event: Y"}.
 *
 * <p>The phases after consent are handled in {@link AfterConsent}.
 *
 * <p>Threading: not thread-safe; the runner feeds it from one thread at a time.
 */
public final class SessionMachine {

    private final JurisdictionProfile profile;
    private final SessionSettings settings;
    private final Clock clock;
    private final Moves moves;
    private final IdentityCheck identity;
    private final AfterConsent afterConsent;
    private final Resumption resumption;
    private SessionSnapshot current;

    public SessionMachine(JurisdictionProfile profile, SessionSettings settings, Clock clock, SessionSnapshot start) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.current = Objects.requireNonNull(start, "start");
        if (!start.jurisdiction().equals(profile.id())) {
            throw new IllegalArgumentException("session " + start.sessionId() + " belongs to jurisdiction "
                    + start.jurisdiction() + ", not " + profile.id());
        }
        this.moves = new Moves(profile);
        this.identity = new IdentityCheck(profile, clock.getZone(), moves);
        this.afterConsent = new AfterConsent(settings, moves);
        this.resumption = new Resumption(settings, moves);
    }

    /** A new session on the attract screen, in the profile's default language. */
    public static SessionMachine start(
            String sessionId, JurisdictionProfile profile, SessionSettings settings, Clock clock) {
        return new SessionMachine(
                profile,
                settings,
                clock,
                SessionSnapshot.start(sessionId, profile.id(), profile.defaultLanguage(), clock.instant()));
    }

    public SessionSnapshot snapshot() {
        return current;
    }

    public JurisdictionProfile profile() {
        return profile;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** The machine's clock reading. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /**
     * Undoes the latest transition when it could not be committed, so the machine stays where the
     * ledger says it is.
     *
     * @throws IllegalStateException when {@code transition} is not the latest one
     */
    public void rollback(Transition transition) {
        if (current != transition.to()) {
            throw new IllegalStateException(
                    "phase: " + current.phase() + ", rollback of a transition that is not the latest");
        }
        current = transition.from();
    }

    /**
     * Takes back a transition that {@link #rollback} undid because its commit seemed to fail, once
     * the ledger shows the commit landed after all: the machine moves to where the ledger is.
     *
     * @throws IllegalStateException when the machine is no longer where {@code transition} started
     */
    public void redo(Transition transition) {
        if (current != transition.from()) {
            throw new IllegalStateException(
                    "phase: " + current.phase() + ", redo of a transition that does not start here");
        }
        current = transition.to();
    }

    /**
     * Handles one event and moves to the next snapshot.
     *
     * @throws IllegalStateException when the event does not fit the current phase
     */
    public Transition on(SessionEvent event) {
        Objects.requireNonNull(event, "event");
        Phase phase = current.phase();
        if (phase.isFinal()) {
            throw unfit(current, event);
        }
        NextStep s = new NextStep(current, event, clock.instant(), settings);
        if (event instanceof Timeout t
                && (t.phaseEntrySeq() != current.phaseEntrySeq()
                        || t.due().isPresent() && !t.due().equals(current.deadline()))) {
            throw new IllegalStateException("phase: " + phase + ", event: stale " + t);
        }
        if (event instanceof LanguageChosen chosen) {
            chooseLanguage(s, chosen);
        } else if (event instanceof Resumed) {
            resumption.resume(s);
        } else {
            handler(phase).handle(s, event);
        }
        Transition transition = s.build();
        current = transition.to();
        return transition;
    }

    /** How one phase handles the events it takes; any other event is {@link #unfit}. */
    @FunctionalInterface
    interface PhaseHandler {
        void handle(NextStep s, SessionEvent e);
    }

    /**
     * The handler of each phase. A switch expression without a default: a phase added to {@link
     * Phase} does not compile until it is given one here.
     */
    private PhaseHandler handler(Phase phase) {
        return switch (phase) {
            case ATTRACT -> this::attract;
            case CHECKLIST -> this::checklist;
            case AWAIT_PHONE -> this::awaitPhone;
            case INSPECTING -> this::inspecting;
            case CHECKING_BLOCK_LIST -> this::checkingBlockList;
            case REFUSED -> this::refused;
            case CONDITION -> this::condition;
            case QUOTING -> this::quoting;
            case OFFER -> this::offer;
            case IDENTITY -> identity::handle;
            case CONSENT -> afterConsent::consent;
            case ERASING -> afterConsent::erasing;
            case VERIFYING_ERASE -> afterConsent::verifying;
            case CERTIFYING -> afterConsent::certifying;
            case PRINTING_CERTIFICATE -> afterConsent::printingCertificate;
            case CERTIFICATE_ON_SCREEN -> afterConsent::certificateOnScreen;
            case CHOOSING_BIN -> afterConsent::choosingBin;
            case UNLATCHING -> afterConsent::unlatching;
            case DEPOSIT -> afterConsent::deposit;
            case CANCELLING_DEPOSIT -> afterConsent::cancellingDeposit;
            case LOCKING -> afterConsent::locking;
            case CONFIRMING_SERIAL -> afterConsent::confirmingSerial;
            case ISSUING_VOUCHER -> afterConsent::issuingVoucher;
            case PRINTING_VOUCHER -> afterConsent::printingVoucher;
            case VOUCHER_ON_SCREEN -> afterConsent::voucherOnScreen;
            case RETURNING_PHONE -> afterConsent::returningPhone;
            case COMPLETED, ENDED, OPERATOR_NEEDED -> SessionMachine::over;
        };
    }

    /** A final phase takes no event. */
    private static void over(NextStep s, SessionEvent e) {
        throw unfit(s.from(), e);
    }

    static IllegalStateException unfit(SessionSnapshot snapshot, SessionEvent event) {
        return new IllegalStateException("phase: " + snapshot.phase() + ", event: " + event.journalName());
    }

    private void chooseLanguage(NextStep s, LanguageChosen chosen) {
        if (!profile.languages().contains(chosen.languageTag())) {
            throw new IllegalArgumentException("language " + chosen.languageTag() + " is not offered in " + profile.id()
                    + ": " + profile.languages());
        }
        s.language(chosen.languageTag());
    }

    private void attract(NextStep s, SessionEvent e) {
        if (!(e instanceof Start)) {
            throw unfit(s.from(), e);
        }
        s.to(Phase.CHECKLIST);
    }

    private void checklist(NextStep s, SessionEvent e) {
        if (e instanceof ChecklistDone) {
            s.to(Phase.AWAIT_PHONE);
        } else if (e instanceof Cancel) {
            s.outcome(Outcome.CANCELLED).to(Phase.ENDED);
        } else if (e instanceof Timeout) {
            s.outcome(Outcome.WALKED_AWAY).to(Phase.ENDED);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void awaitPhone(NextStep s, SessionEvent e) {
        if (e instanceof DockChanged changed) {
            s.phone(p -> new PhoneState(changed.status(), p.inspection(), p.checklist(), p.blockList()));
            if (changed.status().state() == DockStatus.State.AUTHORIZED) {
                s.to(Phase.INSPECTING).effect(new Effect.Inspect());
            }
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else if (e instanceof Timeout) {
            moves.returnPhone(s, Outcome.WALKED_AWAY);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void inspecting(NextStep s, SessionEvent e) {
        if (e instanceof Inspected inspected) {
            vet(s, inspected.report());
        } else if (e instanceof PhoneGone gone) {
            s.fault(FaultReason.PHONE_UNPLUGGED, gone.detail())
                    .phone(p -> new PhoneState(DockStatus.empty(), p.inspection(), p.checklist(), p.blockList()))
                    .outcome(Outcome.WITHDRAWN)
                    .to(Phase.ENDED);
        } else if (e instanceof DeviceFailed failed) {
            s.fault(FaultReason.INSPECTION_FAILED, failed.detail());
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Timeout) {
            s.fault(FaultReason.DEVICE_TIMEOUT, "inspection did not finish");
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void vet(NextStep s, InspectionReport report) {
        s.clearProblems()
                .phone(p -> new PhoneState(
                        p.dock(), Optional.of(report), PhoneVetting.checklist(report), Optional.empty()));
        Optional<RefusalReason> refusal = PhoneVetting.refusal(report)
                .or(() -> PhoneVetting.storageRefusal(report, profile.unencryptedStorage()));
        if (refusal.isPresent()) {
            s.refusal(refusal.get()).to(Phase.REFUSED);
        } else if (report.identity().imei().isPresent()) {
            s.to(Phase.CHECKING_BLOCK_LIST)
                    .effect(new Effect.CheckBlockList(report.identity().imei().get()));
        } else if (s.phone().dock().platform().orElse(null) == Platform.ANDROID) {
            // Android 10 and later hide the IMEI from an adb shell: the device-owner helper reads it
            // after consent, and the block list is asked before anything is erased (decision 0307).
            blockList(s, BlockListResult.AWAITING_HELPER).to(Phase.CONDITION);
        } else {
            // A phone that does not reveal its IMEI at all: the trade goes ahead flagged, and staff
            // check the IMEI against the block list at scan-out before the phone leaves.
            blockList(s, BlockListResult.UNCHECKED_FLAGGED).to(Phase.CONDITION);
        }
    }

    private void checkingBlockList(NextStep s, SessionEvent e) {
        if (e instanceof BlockListAnswered answered) {
            BlockList.Answer answer = answered.answer();
            if (answer instanceof BlockList.Answer.Clear) {
                blockList(s, BlockListResult.CLEAR).to(Phase.CONDITION);
            } else if (answer instanceof BlockList.Answer.Blocked) {
                blockList(s, BlockListResult.BLOCKED)
                        .refusal(RefusalReason.IMEI_BLOCKED)
                        .to(Phase.REFUSED);
            } else {
                blockListUnavailable(s, RefusalReason.BLOCK_LIST_UNAVAILABLE);
            }
        } else if (e instanceof DeviceFailed || e instanceof Timeout) {
            blockListUnavailable(s, RefusalReason.BLOCK_LIST_UNAVAILABLE);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private NextStep blockList(NextStep s, BlockListResult result) {
        return s.phone(p -> new PhoneState(p.dock(), p.inspection(), p.checklist(), Optional.of(result)));
    }

    private void blockListUnavailable(NextStep s, RefusalReason reason) {
        if (profile.blockListOutage() == JurisdictionProfile.BlockListOutage.REFUSE) {
            s.refusal(reason).to(Phase.REFUSED);
        } else {
            blockList(s, BlockListResult.UNCHECKED_FLAGGED).to(Phase.CONDITION);
        }
    }

    private void refused(NextStep s, SessionEvent e) {
        if (e instanceof Retry) {
            boolean fixable = s.from().refusal().map(RefusalReason::fixable).orElse(false);
            if (!fixable || s.phone().dock().state() != DockStatus.State.AUTHORIZED) {
                throw unfit(s.from(), e);
            }
            s.clearProblems().to(Phase.INSPECTING).effect(new Effect.Inspect());
        } else if (e instanceof DockChanged changed) {
            onDock(s, changed, Outcome.REFUSED);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.REFUSED);
        } else if (e instanceof Timeout) {
            moves.callOperator(
                    s.outcome(Outcome.REFUSED),
                    OperatorAlert.Kind.PHONE_LEFT_ON_DOCK,
                    "refused phone left on the dock");
        } else {
            throw unfit(s.from(), e);
        }
    }

    /** A dock change while the phone should stay plugged in: unplugged ends the session. */
    void onDock(NextStep s, DockChanged changed, Outcome ifUnplugged) {
        s.phone(p -> new PhoneState(changed.status(), p.inspection(), p.checklist(), p.blockList()));
        if (changed.status().unplugged()) {
            moves.phoneWithdrawn(s, ifUnplugged);
        }
    }

    private void condition(NextStep s, SessionEvent e) {
        if (e instanceof ConditionAnswered answered) {
            s.offer(new OfferState(Optional.of(answered.condition()), Optional.empty()));
            requestQuote(s);
        } else if (e instanceof DockChanged changed) {
            onDock(s, changed, Outcome.WITHDRAWN);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else if (e instanceof Timeout) {
            moves.returnPhone(s, Outcome.WALKED_AWAY);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void requestQuote(NextStep s) {
        InspectionReport report = s.phone().inspection().orElseThrow();
        var phone = report.identity();
        s.to(Phase.QUOTING)
                .effect(new Effect.RequestQuote(new QuoteRequest(
                        s.from().sessionId(),
                        phone.manufacturer(),
                        phone.model(),
                        phone.storageGb(),
                        report.batteryHealthPercent(),
                        false,
                        s.phone().blockList().orElse(null) == BlockListResult.BLOCKED,
                        s.offer().condition().orElseThrow(),
                        profile.currency())));
    }

    private void quoting(NextStep s, SessionEvent e) {
        if (e instanceof Quoted quoted) {
            if (quoted.decision() instanceof QuoteDecision.Offer offer) {
                s.offer(new OfferState(s.offer().condition(), Optional.of(offer.quote())))
                        .to(Phase.OFFER);
            } else {
                QuoteDecision.Refusal refusal = (QuoteDecision.Refusal) quoted.decision();
                s.refusal(PhoneVetting.of(refusal.reason())).to(Phase.REFUSED);
            }
        } else if (e instanceof DeviceFailed failed) {
            s.fault(FaultReason.QUOTE_FAILED, failed.detail());
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Timeout) {
            s.fault(FaultReason.DEVICE_TIMEOUT, "no quote");
            moves.returnPhone(s, Outcome.FAULT);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void offer(NextStep s, SessionEvent e) {
        if (e instanceof Accept) {
            accept(s);
        } else if (e instanceof Decline || e instanceof Cancel) {
            moves.returnPhone(s, Outcome.DECLINED);
        } else if (e instanceof Timeout) {
            moves.returnPhone(s, Outcome.WALKED_AWAY);
        } else if (e instanceof DockChanged changed) {
            onDock(s, changed, Outcome.WITHDRAWN);
        } else {
            throw unfit(s.from(), e);
        }
    }

    private void accept(NextStep s) {
        Quote quote = s.offer().quote().orElseThrow();
        if (!s.now().isBefore(quote.validUntil())) {
            s.fault(FaultReason.QUOTE_EXPIRED, "quote " + quote.quoteId() + " expired; asking again");
            requestQuote(s);
            return;
        }
        boolean unchecked = s.phone().blockList().orElse(null) == BlockListResult.UNCHECKED_FLAGGED;
        if (unchecked) {
            s.flagForReview();
        }
        moves.saveTrade(s, TradeRecord.Status.ACCEPTED);
        if (unchecked) {
            s.alert(OperatorAlert.Kind.REVIEW_REQUIRED, "block list unchecked at acceptance");
        }
        s.audit("seller", "accepted", quote.quoteId());
        s.clearProblems()
                .to(profile.identityRequired() ? Phase.IDENTITY : Phase.CONSENT)
                .effect(new Effect.CheckGate());
    }
}

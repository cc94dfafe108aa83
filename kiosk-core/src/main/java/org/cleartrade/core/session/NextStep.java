package org.cleartrade.core.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.outbox.OutboxDocuments;
import org.cleartrade.core.session.SessionSnapshot.Deposit;
import org.cleartrade.core.session.SessionSnapshot.Erasure;
import org.cleartrade.core.session.SessionSnapshot.Fault;
import org.cleartrade.core.session.SessionSnapshot.OfferState;
import org.cleartrade.core.session.SessionSnapshot.PhoneState;
import org.cleartrade.core.session.SessionSnapshot.TradeState;
import org.cleartrade.pricing.quote.Money;

/**
 * The transition being built while the machine handles one event: the next snapshot's parts, the
 * facts to commit and the effects to run. Used by one thread for one event, then discarded.
 */
final class NextStep {

    private final SessionSnapshot from;
    private final SessionEvent event;
    private final Instant now;
    private final SessionSettings settings;
    private Phase phase;
    private boolean phaseEntered;
    private Optional<Instant> deadline = Optional.empty();
    private String language;
    private PhoneState phone;
    private OfferState offer;
    private TradeState trade;
    private Optional<RefusalReason> refusal;
    private Optional<Fault> fault;
    private final List<OperatorAlert> alerts;
    private Optional<Outcome> outcome;
    private final List<LedgerFact> facts = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();

    NextStep(SessionSnapshot from, SessionEvent event, Instant now, SessionSettings settings) {
        this.from = from;
        this.event = event;
        this.now = now;
        this.settings = settings;
        this.phase = from.phase();
        this.language = from.language();
        this.phone = from.phone();
        this.offer = from.offer();
        this.trade = from.trade();
        this.refusal = from.refusal();
        this.fault = from.fault();
        this.alerts = new ArrayList<>(from.alerts());
        this.outcome = from.outcome();
    }

    SessionSnapshot from() {
        return from;
    }

    Instant now() {
        return now;
    }

    /** Enters a phase (even the current one again: its timer restarts). */
    NextStep to(Phase next) {
        phase = next;
        phaseEntered = true;
        return this;
    }

    /**
     * Sets the phase's deadline, in place of the one its timeout gives: for a phase whose own
     * countdown the seller can extend. The runner arms its timer again when the deadline moves.
     */
    NextStep deadline(Instant at) {
        deadline = Optional.of(at);
        return this;
    }

    NextStep effect(Effect effect) {
        effects.add(effect);
        return this;
    }

    NextStep fact(LedgerFact fact) {
        facts.add(fact);
        return this;
    }

    NextStep audit(String actor, String action, String detail) {
        return fact(new LedgerFact.Audited(actor, action, detail));
    }

    NextStep language(String tag) {
        language = tag;
        return this;
    }

    NextStep phone(UnaryOperator<PhoneState> change) {
        phone = change.apply(phone);
        return this;
    }

    NextStep offer(OfferState next) {
        offer = next;
        return this;
    }

    NextStep trade(UnaryOperator<TradeState> change) {
        trade = change.apply(trade);
        return this;
    }

    NextStep erasure(UnaryOperator<Erasure> change) {
        return trade(t -> t.with(change.apply(t.erasure())));
    }

    NextStep deposit(UnaryOperator<Deposit> change) {
        return trade(t -> t.with(change.apply(t.deposit())));
    }

    NextStep flagForReview() {
        return trade(TradeState::flagged);
    }

    NextStep refusal(RefusalReason reason) {
        refusal = Optional.of(reason);
        return this;
    }

    NextStep clearProblems() {
        refusal = Optional.empty();
        fault = Optional.empty();
        return this;
    }

    NextStep fault(FaultReason reason, String detail) {
        fault = Optional.of(new Fault(reason, detail));
        return audit("kiosk", "fault", reason + ": " + detail);
    }

    /** Raises an operator alert: shown on the operator screen, audited, and reported to the fleet by the ledger. */
    NextStep alert(OperatorAlert.Kind kind, String detail) {
        return alert(kind, detail, Optional.empty());
    }

    /**
     * Raises an alert that names what the seller is owed: the operator screen shows the amount and
     * the ledger keeps the alert open until the seller is paid or the trade is voided.
     */
    NextStep alert(OperatorAlert.Kind kind, String detail, Optional<Money> owed) {
        OptionalInt bin = trade.deposit().bin();
        String words =
                owed.map(m -> detail + "; the seller is owed " + m.text()).orElse(detail);
        OperatorAlert alert = new OperatorAlert(kind, now, bin, trade.tradeId(), words, owed);
        alerts.add(alert);
        audit("kiosk", "alert", kind + ": " + words);
        return fact(new LedgerFact.AlertRaised(
                from.sessionId() + "#" + alerts.size(),
                kind.name(),
                from.sessionId(),
                bin,
                trade.tradeId(),
                words,
                now,
                owed));
    }

    NextStep outcome(Outcome value) {
        outcome = Optional.of(value);
        return this;
    }

    Phase phase() {
        return phase;
    }

    PhoneState phone() {
        return phone;
    }

    TradeState trade() {
        return trade;
    }

    OfferState offer() {
        return offer;
    }

    Optional<Outcome> outcome() {
        return outcome;
    }

    Transition build() {
        long seq = from.seq() + 1;
        long entrySeq = phaseEntered ? seq : from.phaseEntrySeq();
        Instant since = phaseEntered ? now : from.phaseSince();
        Optional<Instant> deadline = this.deadline.isPresent()
                ? this.deadline
                : phaseEntered ? settings.timeout(phase).map(since::plus) : from.deadline();
        if (phase.isFinal()) {
            deadline = Optional.empty();
            facts.add(new LedgerFact.Outbound(OutboxDocuments.sessionEnded(
                    from.sessionId(),
                    String.valueOf(from.jurisdiction()),
                    outcome.map(Enum::name).orElse(null),
                    phase.name(),
                    now)));
        }
        SessionSnapshot to = new SessionSnapshot(
                from.sessionId(),
                seq,
                phase,
                entrySeq,
                since,
                deadline,
                from.jurisdiction(),
                language,
                phone,
                offer,
                trade,
                refusal,
                fault,
                alerts,
                outcome);
        return new Transition(from, event, to, now, facts, effects);
    }
}

package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.ConsoleState.Closing;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * The step being decided: a mutable copy of the console's state, the facts and the effects the
 * handlers add. Built into an immutable {@link OperatorStep} once the event is handled; never
 * leaves the machine.
 */
final class ConsoleDraft {

    final ConsoleState from;
    final Instant now;
    Phase phase;
    Optional<String> sessionId;
    Optional<OperatorAccount> operator;
    OptionalInt openBin;
    Optional<TradeRecord> expected;
    Optional<TradeRecovery.Situation> returning;
    Optional<SessionSnapshot> handOver = Optional.empty();
    Notice notice;
    final List<CustodyManifest.Release> releases;
    final List<Discrepancy> discrepancies;
    Optional<CustodyManifest> lastManifest;
    List<DeviceSelfTest.Result> selfTest;
    Instant restockStarted;
    Instant lastActivity;
    Optional<Closing> closing;
    Optional<Awaiting> awaiting = Optional.empty();
    final List<LedgerFact> facts = new ArrayList<>();
    final List<OperatorEffect> effects = new ArrayList<>();

    ConsoleDraft(ConsoleState s, Instant now) {
        this.from = s;
        this.now = now;
        this.phase = s.phase();
        this.sessionId = s.sessionId();
        this.operator = s.operator();
        this.openBin = s.openBin();
        this.expected = s.expected();
        this.returning = s.returning();
        this.notice = s.notice();
        this.releases = new ArrayList<>(s.releases());
        this.discrepancies = new ArrayList<>(s.discrepancies());
        this.lastManifest = s.lastManifest();
        this.selfTest = s.selfTest();
        this.restockStarted = s.restockStarted();
        this.lastActivity = s.lastActivity();
        this.closing = s.closing();
    }

    /** Asks for {@code effect} and waits for its answer. */
    void await(Awaiting what, OperatorEffect effect) {
        awaiting = Optional.of(what);
        effects.add(effect);
    }

    void audit(String action, String detail) {
        facts.add(new LedgerFact.Audited(operatorId(), action, detail));
    }

    void discrepancy(Discrepancy.Kind kind, int bin, String detail) {
        discrepancies.add(new Discrepancy(kind, bin, detail, now));
        audit("custody.discrepancy", kind + " bin " + bin + ": " + detail);
    }

    boolean restockPending() {
        return !releases.isEmpty() || !discrepancies.isEmpty();
    }

    void leaveBin() {
        phase = Phase.SIGNED_IN;
        openBin = OptionalInt.empty();
        expected = Optional.empty();
        returning = Optional.empty();
    }

    String operatorId() {
        return operator.map(OperatorAccount::operatorId).orElse("unknown");
    }

    /**
     * The step, journaled in the console session it belongs to; empty when there is none (an idle
     * check while nobody is signed in). The session ends when the step leaves it without one.
     */
    Optional<OperatorStep> build(OperatorConsole.Event event) {
        Optional<String> journaled = sessionId.or(from::sessionId);
        if (journaled.isEmpty()) {
            return Optional.empty();
        }
        long seq = sessionId.equals(from.sessionId()) || sessionId.isEmpty() ? from.seq() + 1 : 1;
        ConsoleState to = new ConsoleState(
                phase,
                sessionId,
                sessionId.isPresent() ? seq : 0,
                operator,
                openBin,
                expected,
                returning,
                handOver,
                notice,
                releases,
                discrepancies,
                lastManifest,
                selfTest,
                restockStarted,
                lastActivity,
                closing,
                awaiting);
        JournalEntry entry = new JournalEntry(
                journaled.get(),
                seq,
                now,
                from.phase().name(),
                event.getClass().getSimpleName(),
                phase.name(),
                ConsoleJournal.encode(to),
                sessionId.isEmpty());
        return Optional.of(new OperatorStep(from, event, to, entry, facts, effects));
    }
}

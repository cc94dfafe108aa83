package org.cleartrade.core.session;

import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.pricing.quote.QuoteDecision;

/**
 * Reads the session's transition table off the machine itself: every non-final phase, entered as
 * the happy path (or the shortest way off it) enters it, is sent every event of a catalogue that
 * names each kind of {@link SessionEvent} in its telling variants, and what the machine does is
 * written down. Pairs the machine refuses are not rows. {@code LanguageChosen} is left out: every
 * non-final phase takes it and stays where it is, which {@link #languageKeepsEveryPhase} checks.
 */
final class TransitionProbe {

    /** One way an event can arrive; {@code time} may be moved first (a countdown that ran out). */
    record Variant(String name, BiFunction<SessionSnapshot, VirtualTime, SessionEvent> event) {}

    /** What the machine did with one event in one phase. */
    record Row(
            Phase phase,
            String entry,
            String event,
            Phase next,
            Optional<Outcome> outcome,
            List<String> effects,
            List<String> facts) {

        String markdown() {
            return "| " + entry + " | " + event + " | " + next + " | "
                    + outcome.map(Outcome::name).orElse("") + " | " + String.join(", ", effects) + " | "
                    + String.join(", ", facts) + " |";
        }
    }

    private static BinStatus bin(SessionSnapshot s, boolean doorClosed, boolean locked, boolean occupied) {
        return SessionFixtures.bin(s.trade().deposit().bin().orElse(1), doorClosed, locked, occupied);
    }

    private static SessionEvent.Inspected inspected(PhoneIdentity identity) {
        return new SessionEvent.Inspected(SessionFixtures.report(identity, Map.of()));
    }

    private static Variant v(String name, BiFunction<SessionSnapshot, VirtualTime, SessionEvent> event) {
        return new Variant(name, event);
    }

    private static Variant v(String name, SessionEvent event) {
        return new Variant(name, (s, t) -> event);
    }

    /** Every kind of event, in the variants that lead to different places. */
    static final List<Variant> VARIANTS = List.of(
            v("Start", new SessionEvent.Start()),
            v("ChecklistDone", new SessionEvent.ChecklistDone()),
            v(
                    "DockChanged(AUTHORIZED)",
                    new SessionEvent.DockChanged(SessionFixtures.dock(DockStatus.State.AUTHORIZED))),
            v(
                    "DockChanged(UNAUTHORIZED)",
                    new SessionEvent.DockChanged(SessionFixtures.dock(DockStatus.State.UNAUTHORIZED))),
            v("DockChanged(EMPTY)", new SessionEvent.DockChanged(DockStatus.empty())),
            v("Inspected(clean, IMEI)", new SessionEvent.Inspected(SessionFixtures.cleanReport())),
            v(
                    "Inspected(no IMEI)",
                    new SessionEvent.Inspected(
                            SessionFixtures.report(SessionFixtures.identity(Optional.empty()), Map.of()))),
            v(
                    "Inspected(FRP on)",
                    new SessionEvent.Inspected(
                            SessionFixtures.reportWith(Check.Kind.FACTORY_RESET_PROTECTION_OFF, Check.Verdict.FAIL))),
            v(
                    "Inspected(no serial)",
                    inspected(new PhoneIdentity(
                            "Google", "Pixel 8", "Pixel 8", 128, "", Optional.empty(), "Android", "14", ""))),
            v("PhoneGone", new SessionEvent.PhoneGone("unplugged")),
            v("DeviceFailed", new SessionEvent.DeviceFailed("boom")),
            v("BlockListAnswered(Clear)", new SessionEvent.BlockListAnswered(new BlockList.Answer.Clear())),
            v("BlockListAnswered(Blocked)", new SessionEvent.BlockListAnswered(new BlockList.Answer.Blocked("stolen"))),
            v(
                    "BlockListAnswered(Unreachable)",
                    new SessionEvent.BlockListAnswered(new BlockList.Answer.Unreachable("down"))),
            v("ConditionAnswered", new SessionEvent.ConditionAnswered(SessionFixtures.goodCondition())),
            v(
                    "Quoted(Offer)",
                    (s, t) -> new SessionEvent.Quoted(new QuoteDecision.Offer(
                            SessionFixtures.quote(s.phaseSince().plus(Duration.ofMinutes(15)), "USD")))),
            v(
                    "Quoted(Refusal)",
                    new SessionEvent.Quoted(
                            new QuoteDecision.Refusal(QuoteDecision.RefusalReason.UNSUPPORTED_MODEL, "?"))),
            v("Retry", new SessionEvent.Retry()),
            v("Cancel", new SessionEvent.Cancel()),
            v("Accept", new SessionEvent.Accept()),
            v("Accept(quote expired)", (s, t) -> {
                s.offer().quote().ifPresent(q -> t.pause(Duration.between(t.now(), q.validUntil())));
                return new SessionEvent.Accept();
            }),
            v("Decline", new SessionEvent.Decline()),
            v("IdScanned(adult)", SessionFixtures.adultId()),
            v(
                    "IdScanned(under age)",
                    new SessionEvent.IdScanned(Map.of(
                            "familyName", "Doe",
                            "givenNames", "Kid",
                            "birthDate", "2015-01-01",
                            "documentNumber", "X",
                            "address", "Y",
                            "expiry", "2031-01-01"))),
            v("IdScanned(field missing)", new SessionEvent.IdScanned(Map.of("birthDate", "1990-01-01"))),
            v("IdUnreadable", new SessionEvent.IdUnreadable("glare")),
            v("GatePassed", new SessionEvent.GatePassed(2)),
            v("GateRefused(NO_BIN_FREE)", new SessionEvent.GateRefused(RefusalReason.NO_BIN_FREE, "every bin full")),
            v("ConsentGiven", (s, t) -> SessionFixtures.consentGiven(s.language())),
            v(
                    "EraseAcknowledged",
                    (s, t) -> new SessionEvent.EraseAcknowledged(
                            new EraseAcknowledgement(s.phaseSince(), "Factory reset", "helper", "1.0", "ok"))),
            v("EraseRefused", new SessionEvent.EraseRefused("account present")),
            v(
                    "EraseChecked(verified)",
                    (s, t) -> new SessionEvent.EraseChecked(EraseVerification.proven(
                            s.phaseSince(), "usb", "ok", VerificationEvidence.USB_REENUMERATED_SAME_SERIAL))),
            v(
                    "EraseChecked(not verified)",
                    (s, t) -> new SessionEvent.EraseChecked(
                            EraseVerification.failed(s.phaseSince(), "usb", "did not come back"))),
            v("CertificateReady", new SessionEvent.CertificateReady("EC-1", "text", "CT1:x")),
            v("Printed", new SessionEvent.Printed()),
            v(
                    "PrintFailed(paper out)",
                    new SessionEvent.PrintFailed(
                            "paper out", Optional.of(new PrinterStatus(true, true, false, false)))),
            v("ReceiptSaved", new SessionEvent.ReceiptSaved()),
            v("BinChosen", new SessionEvent.BinChosen(1)),
            v("NoBinFree", new SessionEvent.NoBinFree()),
            v(
                    "BinUnlatched",
                    (s, t) -> new SessionEvent.BinUnlatched(
                            s.trade().deposit().bin().orElse(1))),
            v(
                    "LatchFailed",
                    (s, t) -> new SessionEvent.LatchFailed(
                            s.trade().deposit().bin().orElse(1), "jammed")),
            v("BinChanged(door open)", (s, t) -> new SessionEvent.BinChanged(bin(s, false, false, false))),
            v("BinChanged(closed, empty)", (s, t) -> new SessionEvent.BinChanged(bin(s, true, false, false))),
            v("BinChanged(closed, occupied)", (s, t) -> new SessionEvent.BinChanged(bin(s, true, false, true))),
            v("BinChanged(relocked, empty)", (s, t) -> new SessionEvent.BinChanged(bin(s, true, true, false))),
            v(
                    "BinChanged(jammed)",
                    (s, t) -> new SessionEvent.BinChanged(
                            new BinStatus(s.trade().deposit().bin().orElse(1), true, false, false, true, false))),
            v("MoreTime", new SessionEvent.MoreTime()),
            v("BinLocked(occupied)", (s, t) -> new SessionEvent.BinLocked(bin(s, true, true, true))),
            v("BinLocked(empty)", (s, t) -> new SessionEvent.BinLocked(bin(s, true, true, false))),
            v("BinLocked(not secured)", (s, t) -> new SessionEvent.BinLocked(bin(s, false, false, true))),
            v("TraySerialRead(same)", new SessionEvent.TraySerialRead(Optional.of(SessionFixtures.SERIAL))),
            v("TraySerialRead(other)", new SessionEvent.TraySerialRead(Optional.of("OTHER"))),
            v("TraySerialRead(none)", new SessionEvent.TraySerialRead(Optional.empty())),
            v(
                    "VoucherReady",
                    (s, t) -> new SessionEvent.VoucherReady(
                            "0123456789abcdef0123456789abcdef",
                            "CV1:voucher",
                            t.now().plus(Duration.ofDays(30)))),
            v("Timeout", (s, t) -> new SessionEvent.Timeout(s.phaseEntrySeq())),
            v("Timeout(countdown over)", (s, t) -> {
                if (s.trade().deposit().openUntil().isEmpty()) {
                    return new SessionEvent.Timeout(s.phaseEntrySeq());
                }
                t.pause(Duration.between(
                        t.now(), s.trade().deposit().openUntil().get()));
                return new SessionEvent.Timeout(s.phaseEntrySeq());
            }),
            v("Resumed", new SessionEvent.Resumed()));

    private TransitionProbe() {}

    /**
     * A state a phase is probed in: as first entered, or after something that changes its answers
     * (a door already seen open).
     */
    record Entry(String name, Phase phase, BiConsumer<SessionMachine, VirtualTime> after) {}

    /** Every non-final phase as first entered, and the later states that answer differently. */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (!phase.isFinal()) {
                entries.add(new Entry(phase.name(), phase, (m, t) -> {}));
            }
            if (phase == Phase.DEPOSIT) {
                entries.add(new Entry(
                        "DEPOSIT, door seen open",
                        phase,
                        (m, t) -> m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, false, false, false)))));
            }
        }
        return entries;
    }

    /** The table, entry by entry (phases in declaration order), each entry's rows in catalogue order. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Entry entry : entries()) {
            for (Variant variant : VARIANTS) {
                probe(entry, variant)
                        .filter(row -> !duplicateOfPlainVariant(rows, row))
                        .ifPresent(rows::add);
            }
        }
        return rows;
    }

    /**
     * A variant that behaves as the plain event does in this phase ("Timeout(countdown over)"
     * outside the deposit countdown) adds nothing: the plain row says it.
     */
    private static boolean duplicateOfPlainVariant(List<Row> rows, Row row) {
        if (!PLAIN_UNLESS_DIFFERENT.contains(row.event())) {
            return false;
        }
        String plain = row.event().substring(0, row.event().indexOf('('));
        return rows.stream()
                .anyMatch(r -> r.entry().equals(row.entry())
                        && r.event().equals(plain)
                        && r.next() == row.next()
                        && r.outcome().equals(row.outcome())
                        && r.effects().equals(row.effects())
                        && r.facts().equals(row.facts()));
    }

    /** Variants listed only where they lead somewhere else than the plain event. */
    private static final Set<String> PLAIN_UNLESS_DIFFERENT =
            Set.of("Timeout(countdown over)", "Accept(quote expired)");

    /** What the entry's phase does with the variant, or empty when the machine refuses it there. */
    static Optional<Row> probe(Entry entry, Variant variant) {
        Phase phase = entry.phase();
        VirtualTime time = new VirtualTime(T0);
        SessionMachine m = at(phase, time);
        entry.after().accept(m, time);
        SessionEvent event = variant.event().apply(m.snapshot(), time);
        Transition t;
        try {
            t = m.on(event);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("phase: " + phase + ", event: ")) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new Row(
                phase,
                entry.name(),
                variant.name(),
                t.to().phase(),
                t.to().outcome(),
                t.effects().stream()
                        .map(e -> e.getClass().getSimpleName() + (e.physical() ? " (synced)" : ""))
                        .toList(),
                facts(t)));
    }

    /** The ledger facts a row shows: what was decided, not the audit trail or the outbox copy. */
    private static List<String> facts(Transition t) {
        List<String> facts = new ArrayList<>();
        for (LedgerFact f : t.facts()) {
            if (f instanceof LedgerFact.Audited || f instanceof LedgerFact.Outbound) {
                continue;
            }
            if (f instanceof LedgerFact.TradeSaved saved) {
                facts.add("TradeSaved(" + saved.trade().status() + ")");
            } else if (f instanceof LedgerFact.AlertRaised alert) {
                facts.add("AlertRaised(" + alert.kind() + (alert.owed().isPresent() ? ", money owed" : "") + ")");
            } else {
                facts.add(f.getClass().getSimpleName());
            }
        }
        return facts;
    }

    /** Whether every non-final phase takes a language change and stays where it is. */
    static Map<Phase, Phase> languageKeepsEveryPhase() {
        Map<Phase, Phase> moved = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            if (phase.isFinal()) {
                continue;
            }
            SessionMachine m = at(phase, new VirtualTime(T0));
            Phase next = m.on(new SessionEvent.LanguageChosen("es")).to().phase();
            if (next != phase) {
                moved.put(phase, next);
            }
        }
        return moved;
    }

    /** The kinds of event the catalogue names, by their class. */
    static Set<Class<?>> kindsNamed() {
        SessionSnapshot probe = at(Phase.DEPOSIT, new VirtualTime(T0)).snapshot();
        return VARIANTS.stream()
                .map(v -> v.event().apply(probe, new VirtualTime(T0)).getClass())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A machine in {@code phase}, entered the way a seller most often enters it. */
    static SessionMachine at(Phase phase, VirtualTime time) {
        SessionMachine m = SessionMachine.start(
                "S-T", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        switch (phase) {
            case REFUSED -> {
                walk(m, Phase.INSPECTING, time);
                m.on(new SessionEvent.Inspected(
                        SessionFixtures.reportWith(Check.Kind.SIM_REMOVED, Check.Verdict.FAIL)));
            }
            case RETURNING_PHONE -> {
                walk(m, Phase.OFFER, time);
                m.on(new SessionEvent.Decline());
            }
            case CANCELLING_DEPOSIT -> {
                walk(m, Phase.DEPOSIT, time);
                m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, false, false, false)));
                m.on(new SessionEvent.Cancel());
            }
            case CERTIFICATE_ON_SCREEN -> {
                walk(m, Phase.PRINTING_CERTIFICATE, time);
                m.on(new SessionEvent.PrintFailed("paper out", Optional.empty()));
            }
            case VOUCHER_ON_SCREEN -> {
                walk(m, Phase.PRINTING_VOUCHER, time);
                m.on(new SessionEvent.PrintFailed("paper out", Optional.empty()));
            }
            default -> walk(m, phase, time);
        }
        if (m.snapshot().phase() != phase) {
            throw new AssertionError("the probe could not reach " + phase + "; it is in "
                    + m.snapshot().phase());
        }
        return m;
    }

    private static void walk(SessionMachine m, Phase target, VirtualTime time) {
        while (m.snapshot().phase() != target) {
            SessionEvent next = SessionFixtures.happyNext(m.snapshot(), time.now())
                    .orElseThrow(() -> new AssertionError("the happy path never reaches " + target));
            m.on(next);
        }
    }
}

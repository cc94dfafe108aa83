package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.QuoteDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionMachineTest {

    private final VirtualTime time = new VirtualTime(T0);

    private SessionMachine machine(String jurisdiction) {
        return SessionMachine.start(
                "S-1", JurisdictionProfiles.bundled(jurisdiction), SessionSettings.defaults(), time.clock());
    }

    /** Moves along the happy path until the machine is in {@code phase}. */
    private SessionMachine at(Phase phase, String jurisdiction) {
        SessionMachine m = machine(jurisdiction);
        switch (phase) {
            case REFUSED -> {
                walk(m, Phase.INSPECTING);
                m.on(new SessionEvent.Inspected(
                        SessionFixtures.reportWith(Check.Kind.SIM_REMOVED, Check.Verdict.FAIL)));
            }
            case RETURNING_PHONE -> {
                walk(m, Phase.OFFER);
                m.on(new SessionEvent.Decline());
            }
            case CANCELLING_DEPOSIT -> {
                walk(m, Phase.DEPOSIT);
                m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, false, false, false)));
                m.on(new SessionEvent.Cancel());
            }
            case CERTIFICATE_ON_SCREEN -> {
                walk(m, Phase.PRINTING_CERTIFICATE);
                m.on(event("PaperOut", m.snapshot()));
            }
            case VOUCHER_ON_SCREEN -> {
                walk(m, Phase.PRINTING_VOUCHER);
                m.on(event("PaperOut", m.snapshot()));
            }
            default -> walk(m, phase);
        }
        assertThat(m.snapshot().phase()).isEqualTo(phase);
        return m;
    }

    private void walk(SessionMachine m, Phase target) {
        while (m.snapshot().phase() != target) {
            SessionEvent next = SessionFixtures.happyNext(m.snapshot(), time.now())
                    .orElseThrow(() -> new AssertionError("happy path never reaches " + target));
            m.on(next);
        }
    }

    private static final Function<SessionSnapshot, SessionEvent> TIMEOUT =
            s -> new SessionEvent.Timeout(s.phaseEntrySeq());

    private SessionEvent event(String name, SessionSnapshot s) {
        int bin = s.trade().deposit().bin().orElse(1);
        return switch (name) {
            case "MoreTime" -> new SessionEvent.MoreTime();
            case "ReceiptSaved" -> new SessionEvent.ReceiptSaved();
            case "TimeUp" -> {
                time.pause(Duration.between(
                        time.now(), s.trade().deposit().openUntil().orElseThrow()));
                yield TIMEOUT.apply(s);
            }
            case "RelockedAfterTimeUp" -> {
                time.pause(Duration.between(
                        time.now(), s.trade().deposit().openUntil().orElseThrow()));
                yield new SessionEvent.BinChanged(SessionFixtures.bin(bin, true, true, false));
            }
            case "Start" -> new SessionEvent.Start();
            case "ChecklistDone" -> new SessionEvent.ChecklistDone();
            case "Cancel" -> new SessionEvent.Cancel();
            case "Decline" -> new SessionEvent.Decline();
            case "Accept" -> new SessionEvent.Accept();
            case "Retry" -> new SessionEvent.Retry();
            case "ConsentGiven" -> SessionFixtures.consentGiven("en");
            case "Timeout" -> TIMEOUT.apply(s);
            case "DockAuthorized" -> new SessionEvent.DockChanged(SessionFixtures.dock(DockStatus.State.AUTHORIZED));
            case "DockUnauthorized" ->
                new SessionEvent.DockChanged(SessionFixtures.dock(DockStatus.State.UNAUTHORIZED));
            case "DockEmpty" -> new SessionEvent.DockChanged(DockStatus.empty());
            // Still plugged in: adb cannot see a phone with USB debugging off, the USB bus can.
            case "DebuggingOff" -> new SessionEvent.DockChanged(DockStatus.usbDebuggingOff());
            case "InspectedClean" -> new SessionEvent.Inspected(SessionFixtures.cleanReport());
            case "InspectedFrp" ->
                new SessionEvent.Inspected(
                        SessionFixtures.reportWith(Check.Kind.FACTORY_RESET_PROTECTION_OFF, Check.Verdict.FAIL));
            case "InspectedFrpUnverified" ->
                new SessionEvent.Inspected(
                        SessionFixtures.reportWith(Check.Kind.FACTORY_RESET_PROTECTION_OFF, Check.Verdict.UNVERIFIED));
            case "InspectedNoImei" ->
                new SessionEvent.Inspected(
                        SessionFixtures.report(SessionFixtures.identity(Optional.empty()), java.util.Map.of()));
            case "PhoneGone" -> new SessionEvent.PhoneGone("unplugged");
            case "DeviceFailed" -> new SessionEvent.DeviceFailed("boom");
            case "Clear" -> new SessionEvent.BlockListAnswered(new BlockList.Answer.Clear());
            case "Blocked" -> new SessionEvent.BlockListAnswered(new BlockList.Answer.Blocked("stolen"));
            case "Unreachable" -> new SessionEvent.BlockListAnswered(new BlockList.Answer.Unreachable("down"));
            case "Condition" -> new SessionEvent.ConditionAnswered(SessionFixtures.goodCondition());
            case "Offer" ->
                new SessionEvent.Quoted(new QuoteDecision.Offer(
                        SessionFixtures.quote(s.phaseSince().plus(Duration.ofMinutes(15)), "USD")));
            case "Unsupported" ->
                new SessionEvent.Quoted(new QuoteDecision.Refusal(QuoteDecision.RefusalReason.UNSUPPORTED_MODEL, "?"));
            case "AdultId" -> SessionFixtures.adultId();
            case "MinorId" ->
                new SessionEvent.IdScanned(java.util.Map.of(
                        "familyName",
                        "Doe",
                        "givenNames",
                        "Kid",
                        "birthDate",
                        "2015-01-01",
                        "documentNumber",
                        "X",
                        "address",
                        "Y",
                        "expiry",
                        "2031-01-01"));
            case "PartialId" -> new SessionEvent.IdScanned(java.util.Map.of("birthDate", "1990-01-01"));
            case "EraseAck" -> SessionFixtures.happyNext(s, s.phaseSince()).orElseThrow();
            case "EraseRefused" -> new SessionEvent.EraseRefused("account present");
            case "Verified" ->
                new SessionEvent.EraseChecked(EraseVerification.proven(
                        s.phaseSince(), "usb", "ok", VerificationEvidence.USB_REENUMERATED_SAME_SERIAL));
            case "NotVerified" ->
                new SessionEvent.EraseChecked(EraseVerification.failed(s.phaseSince(), "usb", "did not come back"));
            case "Certificate" -> new SessionEvent.CertificateReady("EC-1", "text", "CT1:x");
            case "Printed" -> new SessionEvent.Printed();
            case "PaperOut" ->
                new SessionEvent.PrintFailed("paper out", Optional.of(new PrinterStatus(true, true, false, false)));
            case "BinChosen" -> new SessionEvent.BinChosen(1);
            case "NoBinFree" -> new SessionEvent.NoBinFree();
            case "Unlatched" -> new SessionEvent.BinUnlatched(bin);
            case "LatchFailed" -> new SessionEvent.LatchFailed(bin, "jammed");
            case "DoorOpen" -> new SessionEvent.BinChanged(SessionFixtures.bin(bin, false, false, false));
            case "DoorClosedEmpty" -> new SessionEvent.BinChanged(SessionFixtures.bin(bin, true, false, false));
            case "Relocked" -> new SessionEvent.BinChanged(SessionFixtures.bin(bin, true, true, false));
            case "Jammed" ->
                new SessionEvent.BinChanged(
                        new org.cleartrade.ports.latch.BinStatus(bin, true, false, false, true, false));
            case "LockedOccupied" -> new SessionEvent.BinLocked(SessionFixtures.bin(bin, true, true, true));
            case "LockedEmpty" -> new SessionEvent.BinLocked(SessionFixtures.bin(bin, true, true, false));
            case "NotSecured" -> new SessionEvent.BinLocked(SessionFixtures.bin(bin, false, false, true));
            case "SameSerial" -> new SessionEvent.TraySerialRead(Optional.of(SessionFixtures.SERIAL));
            case "OtherSerial" -> new SessionEvent.TraySerialRead(Optional.of("OTHER"));
            case "NoSerial" -> new SessionEvent.TraySerialRead(Optional.empty());
            case "Voucher" -> SessionFixtures.happyNext(s, s.phaseSince()).orElseThrow();
            case "Resumed" -> new SessionEvent.Resumed();
            case "InspectedLongSerial" ->
                new SessionEvent.Inspected(SessionFixtures.report(
                        new PhoneIdentity(
                                "Google",
                                "Pixel 8",
                                "Pixel 8",
                                128,
                                "A".repeat(40),
                                Optional.empty(),
                                "Android",
                                "14",
                                ""),
                        java.util.Map.of()));
            case "InspectedLongModel" ->
                new SessionEvent.Inspected(SessionFixtures.report(
                        new PhoneIdentity(
                                "Google",
                                "P".repeat(258),
                                "Pixel 8",
                                128,
                                "SIM0PIXEL8A1",
                                Optional.empty(),
                                "Android",
                                "14",
                                ""),
                        java.util.Map.of()));
            case "InspectedNoSerial" ->
                new SessionEvent.Inspected(SessionFixtures.report(
                        new PhoneIdentity(
                                "Google", "Pixel 8", "Pixel 8", 128, "", Optional.empty(), "Android", "14", ""),
                        java.util.Map.of()));
            case "GatePassed" -> new SessionEvent.GatePassed(2);
            case "GateNoBin" -> new SessionEvent.GateRefused(RefusalReason.NO_BIN_FREE, "every bin full");
            case "GateLatchDown" -> new SessionEvent.GateRefused(RefusalReason.LATCH_UNAVAILABLE, "unplugged");
            default -> throw new IllegalArgumentException("no test event " + name);
        };
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        // phase, event, next phase, outcome (blank = none yet)
        "ATTRACT,              Start,            CHECKLIST,",
        "CHECKLIST,            ChecklistDone,    AWAIT_PHONE,",
        "CHECKLIST,            Cancel,           ENDED,               CANCELLED",
        "CHECKLIST,            Timeout,          ENDED,               WALKED_AWAY",
        "AWAIT_PHONE,          DockUnauthorized, AWAIT_PHONE,",
        "AWAIT_PHONE,          DockAuthorized,   INSPECTING,",
        "AWAIT_PHONE,          Timeout,          ENDED,               WALKED_AWAY",
        "AWAIT_PHONE,          Cancel,           ENDED,               CANCELLED",
        "INSPECTING,           InspectedClean,   CHECKING_BLOCK_LIST,",
        "INSPECTING,           InspectedFrp,     REFUSED,",
        "INSPECTING,           InspectedFrpUnverified, REFUSED,",
        "INSPECTING,           InspectedNoImei,  CONDITION,",
        "INSPECTING,           InspectedLongSerial, REFUSED,",
        "INSPECTING,           InspectedLongModel,  REFUSED,",
        "INSPECTING,           InspectedNoSerial,   REFUSED,",
        "INSPECTING,           PhoneGone,        ENDED,               WITHDRAWN",
        "INSPECTING,           DeviceFailed,     RETURNING_PHONE,     FAULT",
        "INSPECTING,           Timeout,          RETURNING_PHONE,     FAULT",
        "INSPECTING,           Cancel,           RETURNING_PHONE,     CANCELLED",
        "CHECKING_BLOCK_LIST,  Clear,            CONDITION,",
        "CHECKING_BLOCK_LIST,  Blocked,          REFUSED,",
        "CHECKING_BLOCK_LIST,  Unreachable,      REFUSED,",
        "CHECKING_BLOCK_LIST,  Timeout,          REFUSED,",
        "CHECKING_BLOCK_LIST,  Cancel,           RETURNING_PHONE,     CANCELLED",
        "REFUSED,              Retry,            INSPECTING,",
        "REFUSED,              DockEmpty,        ENDED,               REFUSED",
        "REFUSED,              DebuggingOff,     REFUSED,",
        "REFUSED,              Cancel,           RETURNING_PHONE,     REFUSED",
        "REFUSED,              Timeout,          OPERATOR_NEEDED,     REFUSED",
        "CONDITION,            Condition,        QUOTING,",
        "CONDITION,            DockEmpty,        ENDED,               WITHDRAWN",
        "CONDITION,            DebuggingOff,     CONDITION,",
        "CONDITION,            Timeout,          RETURNING_PHONE,     WALKED_AWAY",
        "QUOTING,              Offer,            OFFER,",
        "QUOTING,              Unsupported,      REFUSED,",
        "QUOTING,              DeviceFailed,     RETURNING_PHONE,     FAULT",
        "OFFER,                Accept,           IDENTITY,",
        "OFFER,                Decline,          RETURNING_PHONE,     DECLINED",
        "OFFER,                Timeout,          RETURNING_PHONE,     WALKED_AWAY",
        "OFFER,                DockEmpty,        ENDED,               WITHDRAWN",
        "OFFER,                DebuggingOff,     OFFER,",
        "IDENTITY,             AdultId,          CONSENT,",
        "IDENTITY,             PartialId,        IDENTITY,",
        "IDENTITY,             MinorId,          RETURNING_PHONE,     REFUSED",
        "IDENTITY,             Cancel,           RETURNING_PHONE,     CANCELLED",
        "IDENTITY,             DebuggingOff,     IDENTITY,",
        "IDENTITY,             GatePassed,       IDENTITY,",
        "IDENTITY,             GateNoBin,        REFUSED,             REFUSED",
        "CONSENT,              ConsentGiven,     ERASING,",
        "CONSENT,              Cancel,           RETURNING_PHONE,     CANCELLED",
        "CONSENT,              DockEmpty,        ENDED,               WITHDRAWN",
        "CONSENT,              DebuggingOff,     CONSENT,",
        "CONSENT,              GatePassed,       CONSENT,",
        "CONSENT,              GateLatchDown,    REFUSED,             REFUSED",
        "ERASING,              GateLatchDown,    REFUSED,             REFUSED",
        "ERASING,              EraseAck,         VERIFYING_ERASE,",
        "ERASING,              EraseRefused,     RETURNING_PHONE,     FAULT",
        "ERASING,              PhoneGone,        ENDED,               FAULT",
        "ERASING,              Timeout,          RETURNING_PHONE,     FAULT",
        "VERIFYING_ERASE,      Verified,         CERTIFYING,",
        "VERIFYING_ERASE,      NotVerified,      RETURNING_PHONE,     FAULT",
        "VERIFYING_ERASE,      Timeout,          RETURNING_PHONE,     FAULT",
        "CERTIFYING,           Certificate,      PRINTING_CERTIFICATE,",
        "CERTIFYING,           DeviceFailed,     RETURNING_PHONE,     FAULT",
        "CERTIFYING,           Cancel,           RETURNING_PHONE,     CANCELLED",
        "PRINTING_CERTIFICATE, Printed,          CHOOSING_BIN,",
        "PRINTING_CERTIFICATE, PaperOut,         CERTIFICATE_ON_SCREEN,",
        "PRINTING_CERTIFICATE, Timeout,          CERTIFICATE_ON_SCREEN,",
        "CERTIFICATE_ON_SCREEN, ReceiptSaved,    CHOOSING_BIN,",
        "CERTIFICATE_ON_SCREEN, Cancel,          RETURNING_PHONE,     CANCELLED",
        "CERTIFICATE_ON_SCREEN, Timeout,         OPERATOR_NEEDED,     WALKED_AWAY",
        "CHOOSING_BIN,         BinChosen,        UNLATCHING,",
        "CHOOSING_BIN,         NoBinFree,        OPERATOR_NEEDED,     FAULT",
        "CHOOSING_BIN,         Cancel,           RETURNING_PHONE,     CANCELLED",
        "UNLATCHING,           Unlatched,        DEPOSIT,",
        "UNLATCHING,           LatchFailed,      CHOOSING_BIN,",
        "UNLATCHING,           Cancel,           CANCELLING_DEPOSIT,  CANCELLED",
        "DEPOSIT,              DoorOpen,         DEPOSIT,",
        "DEPOSIT,              Relocked,         DEPOSIT,",
        "DEPOSIT,              RelockedAfterTimeUp, OPERATOR_NEEDED,  WALKED_AWAY",
        "DEPOSIT,              MoreTime,         DEPOSIT,",
        "DEPOSIT,              Unlatched,        DEPOSIT,",
        "DEPOSIT,              LatchFailed,      DEPOSIT,",
        "DEPOSIT,              Jammed,           OPERATOR_NEEDED,     FAULT",
        "DEPOSIT,              Cancel,           CANCELLING_DEPOSIT,  CANCELLED",
        "DEPOSIT,              Timeout,          DEPOSIT,",
        "DEPOSIT,              TimeUp,           CANCELLING_DEPOSIT,  WALKED_AWAY",
        "CANCELLING_DEPOSIT,   DoorClosedEmpty,  CANCELLING_DEPOSIT,  CANCELLED",
        "CANCELLING_DEPOSIT,   LockedEmpty,      RETURNING_PHONE,     CANCELLED",
        "CANCELLING_DEPOSIT,   LockedOccupied,   OPERATOR_NEEDED,     CANCELLED",
        "CANCELLING_DEPOSIT,   Timeout,          OPERATOR_NEEDED,     CANCELLED",
        "LOCKING,              LockedOccupied,   CONFIRMING_SERIAL,",
        "LOCKING,              NotSecured,       OPERATOR_NEEDED,     FAULT",
        "LOCKING,              LatchFailed,      OPERATOR_NEEDED,     FAULT",
        "CONFIRMING_SERIAL,    SameSerial,       ISSUING_VOUCHER,",
        "CONFIRMING_SERIAL,    OtherSerial,      OPERATOR_NEEDED,     FAULT",
        "CONFIRMING_SERIAL,    NoSerial,         OPERATOR_NEEDED,     FAULT",
        "ISSUING_VOUCHER,      Voucher,          PRINTING_VOUCHER,",
        "ISSUING_VOUCHER,      DeviceFailed,     OPERATOR_NEEDED,     FAULT",
        "PRINTING_VOUCHER,     Printed,          COMPLETED,           COMPLETED",
        "PRINTING_VOUCHER,     PaperOut,         VOUCHER_ON_SCREEN,",
        "VOUCHER_ON_SCREEN,    ReceiptSaved,     COMPLETED,           COMPLETED",
        "VOUCHER_ON_SCREEN,    Timeout,          OPERATOR_NEEDED,     WALKED_AWAY",
        "RETURNING_PHONE,      DockUnauthorized, RETURNING_PHONE,     DECLINED",
        "RETURNING_PHONE,      DockEmpty,        ENDED,               DECLINED",
        "RETURNING_PHONE,      DebuggingOff,     RETURNING_PHONE,     DECLINED",
        "RETURNING_PHONE,      Timeout,          OPERATOR_NEEDED,     DECLINED",
    })
    void followsTheTransitionTable(Phase from, String eventName, Phase expected, Outcome outcome) {
        SessionMachine m = at(from, "US-IL");
        Transition t = m.on(event(eventName, m.snapshot()));

        assertThat(t.to().phase()).as("next phase").isEqualTo(expected);
        assertThat(t.to().outcome()).as("outcome").isEqualTo(Optional.ofNullable(outcome));
        assertThat(t.to().seq()).isEqualTo(t.from().seq() + 1);
        String text = t.journalEntry().snapshot();
        SessionSnapshot decoded = SnapshotCodec.decode(text);
        assertThat(SnapshotCodec.encode(decoded)).as("journal text is stable").isEqualTo(text);
        if (t.to().trade().tradeId().isPresent()) {
            assertThat(decoded).as("journal round trip of a trade").isEqualTo(t.to());
        } else {
            assertThat(decoded.phase()).isEqualTo(t.to().phase());
        }
    }

    @Test
    void aPhoneWhoseUsbDebuggingWentOffIsStillWaitedForWhenItGoesBack() {
        SessionMachine m = at(Phase.OFFER, "US-IL");
        m.on(event("DebuggingOff", m.snapshot()));

        Transition declined = m.on(new SessionEvent.Decline());

        assertThat(declined.to().phase()).isEqualTo(Phase.RETURNING_PHONE);
        assertThat(m.on(event("DockEmpty", m.snapshot())).to().phase()).isEqualTo(Phase.ENDED);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
        "ATTRACT,         Accept",
        "CHECKLIST,       Accept",
        "OFFER,           ConsentGiven",
        "ERASING,         Cancel",
        "VERIFYING_ERASE, Cancel",
        "LOCKING,         Cancel",
        "CONFIRMING_SERIAL, Cancel",
        "PRINTING_VOUCHER, Cancel",
        "VOUCHER_ON_SCREEN, Cancel",
        "CHOOSING_BIN,    MoreTime",
        "OFFER,           ReceiptSaved",
        "PRINTING_CERTIFICATE, ReceiptSaved",
        "INSPECTING,      Accept",
    })
    void refusesEventsThatDoNotFitThePhase(Phase phase, String eventName) {
        SessionMachine m = at(phase, "US-IL");
        SessionSnapshot before = m.snapshot();

        assertThatThrownBy(() -> m.on(event(eventName, before)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("phase: " + phase + ", event: ");
        assertThat(m.snapshot()).isSameAs(before);
    }

    @ParameterizedTest
    @CsvSource({"InspectedLongSerial", "InspectedLongModel", "InspectedNoSerial"})
    void aPhoneNoCertificateCouldNameIsRefusedAtInspectionBeforeAnyTrade(String inspected) {
        SessionMachine m = at(Phase.INSPECTING, "US-IL");

        Transition t = m.on(event(inspected, m.snapshot()));

        assertThat(t.to().phase()).isEqualTo(Phase.REFUSED);
        assertThat(t.to().refusal()).contains(RefusalReason.PHONE_NOT_CERTIFIABLE);
        assertThat(t.to().trade().tradeId()).isEmpty();
        assertThat(t.effects()).isEmpty();
    }

    @Test
    void acceptingRunsThePreEraseGateAndConsentWaitsForTheReservedBin() {
        SessionMachine m = at(Phase.OFFER, "EU");
        Transition accepted = m.on(new SessionEvent.Accept());
        assertThat(accepted.to().phase()).isEqualTo(Phase.CONSENT);
        assertThat(accepted.effects()).containsExactly(new Effect.CheckGate());

        assertThatThrownBy(() -> m.on(SessionFixtures.consentGiven("en")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("phase: CONSENT, event: ConsentGiven");

        Transition reserved = m.on(new SessionEvent.GatePassed(3));
        assertThat(reserved.facts())
                .contains(new LedgerFact.BinReserved(
                        3, accepted.to().trade().tradeId().orElseThrow()));
        assertThat(reserved.to().trade().reservedBin()).hasValue(3);
        assertThat(m.on(SessionFixtures.consentGiven("en")).effects()).containsExactly(new Effect.Erase());
    }

    @Test
    void aGateRefusalBeforeTheEraseVoidsTheTradeTellsStaffAndErasesNothing() {
        SessionMachine m = at(Phase.ERASING, "US-IL");

        Transition t = m.on(new SessionEvent.GateRefused(RefusalReason.PRINTER_UNAVAILABLE, "paper out"));

        assertThat(t.to().phase()).isEqualTo(Phase.REFUSED);
        assertThat(t.to().refusal()).contains(RefusalReason.PRINTER_UNAVAILABLE);
        assertThat(t.to().trade().status()).contains(TradeRecord.Status.VOIDED);
        assertThat(t.to().trade().erasure().stage()).isEqualTo(SessionSnapshot.Erasure.Stage.NOT_STARTED);
        assertThat(t.to().alerts())
                .extracting(OperatorAlert::kind)
                .containsExactly(OperatorAlert.Kind.SELLER_TURNED_AWAY);
        assertThat(t.effects()).isEmpty();
    }

    @Test
    void completesTheHappyJourneyWithEveryFactOnce() {
        SessionMachine m = machine("US-IL");
        List<Transition> transitions = new java.util.ArrayList<>();
        Optional<SessionEvent> next;
        while ((next = SessionFixtures.happyNext(m.snapshot(), time.now())).isPresent()) {
            transitions.add(m.on(next.get()));
        }
        List<LedgerFact> facts =
                transitions.stream().flatMap(t -> t.facts().stream()).toList();

        assertThat(m.snapshot().phase()).isEqualTo(Phase.COMPLETED);
        assertThat(facts).filteredOn(f -> f instanceof LedgerFact.VoucherIssued).hasSize(1);
        assertThat(facts)
                .filteredOn(f -> f instanceof LedgerFact.CertificateIssued)
                .hasSize(1);
        assertThat(facts).filteredOn(f -> f instanceof LedgerFact.PhoneBinned).hasSize(1);
        assertThat(facts).filteredOn(f -> f instanceof LedgerFact.BinReserved).hasSize(1);
        assertThat(facts).filteredOn(f -> f instanceof LedgerFact.IdentityKept).hasSize(1);
        assertThat(facts)
                .filteredOn(f -> f instanceof LedgerFact.TradeSaved)
                .extracting(f -> ((LedgerFact.TradeSaved) f).trade().status())
                .containsExactly(
                        TradeRecord.Status.ACCEPTED,
                        TradeRecord.Status.ERASED,
                        TradeRecord.Status.BINNED,
                        TradeRecord.Status.PAID);
        assertThat(m.snapshot().trade().voucher()).isPresent();
        assertThat(m.snapshot().trade().certificate().orElseThrow().printed()).isTrue();
    }

    @Test
    void syncsTheDecisionBeforeEveryPhysicalAction() {
        SessionMachine m = machine("US-IL");
        Optional<SessionEvent> next;
        int physical = 0;
        while ((next = SessionFixtures.happyNext(m.snapshot(), time.now())).isPresent()) {
            Transition t = m.on(next.get());
            boolean acts = t.effects().stream().anyMatch(Effect::physical);
            physical += acts ? 1 : 0;
            assertThat(t.durability()).isEqualTo(acts ? Ledger.Durability.SYNCED : Ledger.Durability.BUFFERED);
        }
        // erase, print certificate, unlatch, lock, print voucher
        assertThat(physical).isEqualTo(5);
    }

    @Test
    void keepsOnlyTheIdFieldsTheJurisdictionNames() {
        SessionMachine m = at(Phase.IDENTITY, "CN");
        Transition t = m.on(SessionFixtures.adultId());

        LedgerFact.IdentityKept kept = t.facts().stream()
                .filter(f -> f instanceof LedgerFact.IdentityKept)
                .map(f -> (LedgerFact.IdentityKept) f)
                .findFirst()
                .orElseThrow();
        assertThat(kept.fields()).containsOnlyKeys("familyName", "givenNames", "documentNumber");
        assertThat(kept.keepUntil()).isEqualTo(time.now().plus(Duration.ofDays(1095)));
        assertThat(t.journalEntry().snapshot()).doesNotContain("D1234567", "Doe", "1990-04-01");
    }

    @Test
    void skipsIdentityAndFlagsTheTradeWhereTheBlockListOutageIsAccepted() {
        SessionMachine m = at(Phase.CHECKING_BLOCK_LIST, "EU");
        m.on(new SessionEvent.BlockListAnswered(new BlockList.Answer.Unreachable("timeout")));
        m.on(new SessionEvent.ConditionAnswered(SessionFixtures.goodCondition()));
        m.on(new SessionEvent.Quoted(
                new QuoteDecision.Offer(SessionFixtures.quote(time.now().plusSeconds(60), "EUR"))));
        Transition accepted = m.on(new SessionEvent.Accept());

        assertThat(accepted.to().phase()).isEqualTo(Phase.CONSENT);
        assertThat(accepted.to().trade().flaggedForReview()).isTrue();
        assertThat(accepted.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.REVIEW_REQUIRED);
    }

    @Test
    void asksForANewQuoteWhenTheOfferExpiredBeforeAcceptance() {
        SessionMachine m = at(Phase.OFFER, "US-IL");
        time.pause(Duration.ofMinutes(16));

        Transition t = m.on(new SessionEvent.Accept());

        assertThat(t.to().phase()).isEqualTo(Phase.QUOTING);
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.RequestQuote.class);
        assertThat(t.to().trade().tradeId()).isEmpty();
    }

    @Test
    void raisesASwapAlertAndIssuesNoVoucherWhenTheTraySerialDiffers() {
        SessionMachine m = at(Phase.CONFIRMING_SERIAL, "US-IL");
        Transition t = m.on(new SessionEvent.TraySerialRead(Optional.of("SOMEONE-ELSE")));

        assertThat(t.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.PHONE_SWAP_SUSPECTED);
        assertThat(t.facts())
                .filteredOn(LedgerFact.AlertRaised.class::isInstance)
                .map(LedgerFact.AlertRaised.class::cast)
                .singleElement()
                .satisfies(raised -> {
                    assertThat(raised.kind()).isEqualTo("PHONE_SWAP_SUSPECTED");
                    assertThat(raised.alertId()).isEqualTo(m.snapshot().sessionId() + "#1");
                    assertThat(raised.tradeId()).isEqualTo(t.to().trade().tradeId());
                    assertThat(raised.bin()).isEqualTo(t.to().trade().deposit().bin());
                });
        assertThat(t.effects()).isEmpty();
        assertThat(t.facts()).noneMatch(f -> f instanceof LedgerFact.VoucherIssued);
        assertThat(t.to().trade().flaggedForReview()).isTrue();
    }

    @Test
    void reportsAnUnclaimedPhoneWhenTheSellerWalksAwayFromAnOpenBin() {
        SessionMachine m = at(Phase.DEPOSIT, "US-IL");
        m.on(event("TimeUp", m.snapshot()));
        m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, true, false, false)));
        Transition locked = m.on(new SessionEvent.BinLocked(SessionFixtures.bin(1, true, true, false)));

        assertThat(locked.to().phase()).isEqualTo(Phase.OPERATOR_NEEDED);
        assertThat(locked.to().alerts())
                .extracting(OperatorAlert::kind)
                .containsExactly(OperatorAlert.Kind.UNCLAIMED_PHONE_ON_DOCK);
        assertThat(locked.to().trade().voucher()).isEmpty();
        assertThat(locked.to().alerts().get(0).owed()).contains(new Money(28000, "USD"));
        assertThat(locked.facts())
                .filteredOn(LedgerFact.AlertRaised.class::isInstance)
                .map(f -> ((LedgerFact.AlertRaised) f).owed())
                .containsExactly(Optional.of(new Money(28000, "USD")));
    }

    @Test
    void keepsTheCertificateOnScreenAndTellsTheOperatorWhenPaperRunsOut() {
        SessionMachine m = at(Phase.PRINTING_CERTIFICATE, "US-IL");
        Transition t = m.on(
                new SessionEvent.PrintFailed("paper out", Optional.of(new PrinterStatus(true, true, false, false))));

        assertThat(t.to().trade().certificate().orElseThrow().qrPayload()).isEqualTo("CT1:payload");
        assertThat(t.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.PRINTER_OUT_OF_PAPER);
        assertThat(t.to().fault().orElseThrow().reason()).isEqualTo(FaultReason.PRINTER_OUT_OF_PAPER);
        assertThat(t.to().phase()).isEqualTo(Phase.CERTIFICATE_ON_SCREEN);
        assertThat(t.effects())
                .as("no bin opens until the seller has the certificate")
                .isEmpty();

        Transition saved = m.on(new SessionEvent.ReceiptSaved());

        assertThat(saved.to().trade().certificate().orElseThrow().handover())
                .isEqualTo(SessionSnapshot.Handover.SAVED_FROM_SCREEN);
        assertThat(saved.effects()).singleElement().isInstanceOf(Effect.ChooseBin.class);
    }

    @Test
    void aVoucherThatDidNotPrintLeavesTheSellerUnpaidUntilTheyHaveItFromTheScreen() {
        SessionMachine m = at(Phase.PRINTING_VOUCHER, "US-IL");
        Transition failed = m.on(event("PaperOut", m.snapshot()));

        assertThat(failed.to().phase()).isEqualTo(Phase.VOUCHER_ON_SCREEN);
        assertThat(failed.to().trade().status()).contains(TradeRecord.Status.BINNED);
        assertThat(failed.to().trade().voucher().orElseThrow().handover())
                .isEqualTo(SessionSnapshot.Handover.PRINT_FAILED);
        assertThat(failed.facts()).noneMatch(f -> f instanceof LedgerFact.SellerPaid);
        assertThat(failed.to().outcome()).isEmpty();

        Transition saved = m.on(new SessionEvent.ReceiptSaved());

        assertThat(saved.to().phase()).isEqualTo(Phase.COMPLETED);
        assertThat(saved.to().trade().status()).contains(TradeRecord.Status.PAID);
        assertThat(saved.facts())
                .filteredOn(LedgerFact.SellerPaid.class::isInstance)
                .map(f -> ((LedgerFact.SellerPaid) f).how())
                .containsExactly(LedgerFact.SellerPaid.How.VOUCHER_SAVED_FROM_SCREEN);
    }

    @Test
    void aSellerWhoLeavesAnUnprintedVoucherOnScreenIsOwedTheMoneyInAnAlert() {
        SessionMachine m = at(Phase.VOUCHER_ON_SCREEN, "US-IL");

        Transition left = m.on(TIMEOUT.apply(m.snapshot()));

        assertThat(left.to().phase()).isEqualTo(Phase.OPERATOR_NEEDED);
        assertThat(left.to().trade().status()).contains(TradeRecord.Status.BINNED);
        assertThat(left.to().alerts()).last().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(OperatorAlert.Kind.VOUCHER_NOT_DELIVERED);
            assertThat(a.owed()).contains(new Money(28000, "USD"));
        });
    }

    @Test
    void thePaidStatusIsDecidedWhenTheVoucherPrintsNotWhenItIsSigned() {
        SessionMachine m = at(Phase.ISSUING_VOUCHER, "US-IL");
        Transition signed = m.on(event("Voucher", m.snapshot()));
        Transition printed = m.on(new SessionEvent.Printed());

        assertThat(signed.facts()).noneMatch(f -> f instanceof LedgerFact.TradeSaved);
        assertThat(printed.facts())
                .filteredOn(LedgerFact.TradeSaved.class::isInstance)
                .map(f -> ((LedgerFact.TradeSaved) f).trade().status())
                .containsExactly(TradeRecord.Status.PAID);
        assertThat(printed.facts())
                .filteredOn(LedgerFact.SellerPaid.class::isInstance)
                .map(f -> ((LedgerFact.SellerPaid) f).how())
                .containsExactly(LedgerFact.SellerPaid.How.VOUCHER_PRINTED);
    }

    @Test
    void theDepositCountdownStartsWhenTheBinOpensAndTheLatchIsToldToStayOpenUntilItEnds() {
        SessionMachine m = at(Phase.UNLATCHING, "US-IL");
        Transition opened = m.on(event("Unlatched", m.snapshot()));
        SessionSettings settings = SessionSettings.defaults();

        assertThat(opened.to().trade().deposit().openUntil())
                .contains(time.now().plus(Duration.ofMinutes(2)));
        assertThat(opened.to().deadline()).contains(time.now().plus(settings.latchKeepOpen()));

        time.pause(settings.latchKeepOpen());
        Transition tick = m.on(new SessionEvent.Timeout(
                m.snapshot().phaseEntrySeq(), m.snapshot().deadline()));

        assertThat(tick.to().phase()).isEqualTo(Phase.DEPOSIT);
        assertThat(tick.to().phaseEntrySeq()).isEqualTo(opened.to().phaseEntrySeq());
        assertThat(tick.effects()).containsExactly(new Effect.Unlatch(1));
        assertThat(tick.durability()).isEqualTo(Ledger.Durability.SYNCED);
        assertThat(tick.to().deadline()).contains(time.now().plus(settings.latchKeepOpen()));
        assertThatThrownBy(() -> m.on(new SessionEvent.Timeout(
                        m.snapshot().phaseEntrySeq(), opened.to().deadline())))
                .as("a timer armed for an earlier deadline of the same phase")
                .hasMessageContaining("stale");
    }

    @Test
    void moreTimeStartsTheCountdownAgainAndTheEndOfItClosesTheEmptyBin() {
        SessionMachine m = at(Phase.DEPOSIT, "US-IL");
        time.pause(Duration.ofSeconds(100));

        Transition more = m.on(new SessionEvent.MoreTime());

        assertThat(more.to().trade().deposit().openUntil()).contains(time.now().plus(Duration.ofMinutes(2)));
        assertThat(more.effects()).containsExactly(new Effect.Unlatch(1));
        Transition up = m.on(event("TimeUp", m.snapshot()));
        assertThat(up.to().phase()).isEqualTo(Phase.CANCELLING_DEPOSIT);
        assertThat(up.to().outcome()).contains(Outcome.WALKED_AWAY);
    }

    @Test
    void aBinTheControllerRelockedWhileTheSellerStillHasTimeOpensAgain() {
        SessionMachine m = at(Phase.DEPOSIT, "US-IL");
        time.pause(Duration.ofSeconds(31));

        Transition t = m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, true, true, false)));

        assertThat(t.to().phase()).isEqualTo(Phase.DEPOSIT);
        assertThat(t.effects()).containsExactly(new Effect.Unlatch(1));
        assertThat(t.to().alerts()).isEmpty();
    }

    @Test
    void anErasedPhoneTakenBackMarksItsCertificateAsGivenBack() {
        SessionMachine m = at(Phase.DEPOSIT, "US-IL");
        m.on(new SessionEvent.Cancel());
        m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, true, false, false)));
        m.on(new SessionEvent.BinLocked(SessionFixtures.bin(1, true, true, false)));
        assertThat(m.snapshot().phase()).isEqualTo(Phase.RETURNING_PHONE);

        Transition gone = m.on(new SessionEvent.DockChanged(DockStatus.empty()));

        assertThat(gone.to().phase()).isEqualTo(Phase.ENDED);
        assertThat(gone.to().trade().status()).contains(TradeRecord.Status.VOIDED);
        assertThat(gone.facts()).contains(new LedgerFact.ErasedPhoneReturned("T-S-1", "seller"));
    }

    @Test
    void leavesNoSerialOrImeiInTheJournalOfASessionThatNeverTraded() {
        SessionMachine m = at(Phase.OFFER, "US-IL");
        Transition t = m.on(new SessionEvent.Decline());

        assertThat(t.journalEntry().snapshot()).doesNotContain(SessionFixtures.SERIAL, SessionFixtures.IMEI);
    }

    @ParameterizedTest(name = "restart in {0} resumes at {1}")
    @CsvSource({
        "CHECKLIST,            ENDED",
        "OFFER,                RETURNING_PHONE",
        "CONSENT,              RETURNING_PHONE",
        "ERASING,              VERIFYING_ERASE",
        "CERTIFYING,           CERTIFYING",
        "PRINTING_CERTIFICATE, PRINTING_CERTIFICATE",
        "CERTIFICATE_ON_SCREEN, CERTIFICATE_ON_SCREEN",
        "CHOOSING_BIN,         CHOOSING_BIN",
        "VOUCHER_ON_SCREEN,    VOUCHER_ON_SCREEN",
        "UNLATCHING,           UNLATCHING",
        "DEPOSIT,              UNLATCHING",
        "LOCKING,              LOCKING",
        "ISSUING_VOUCHER,      ISSUING_VOUCHER",
        "PRINTING_VOUCHER,     PRINTING_VOUCHER",
    })
    void resumesFromTheJournalAtASafePoint(Phase crashedIn, Phase resumesAt) {
        SessionMachine crashed = at(crashedIn, "US-IL");
        SessionSnapshot restored = SnapshotCodec.decode(SnapshotCodec.encode(crashed.snapshot()));
        JurisdictionProfile profile = JurisdictionProfiles.bundled("US-IL");
        SessionMachine m = new SessionMachine(profile, SessionSettings.defaults(), time.clock(), restored);

        Transition t = m.on(new SessionEvent.Resumed());

        assertThat(t.to().phase()).isEqualTo(resumesAt);
        if (crashedIn == Phase.CONSENT) {
            assertThat(t.to().trade().status()).contains(TradeRecord.Status.VOIDED);
        }
    }

    @Test
    void offersOnlyTheJurisdictionsLanguages() {
        SessionMachine m = machine("CN");
        m.on(new SessionEvent.LanguageChosen("en"));

        assertThat(m.snapshot().language()).isEqualTo("en");
        assertThatThrownBy(() -> m.on(new SessionEvent.LanguageChosen("es")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("es");
    }
}

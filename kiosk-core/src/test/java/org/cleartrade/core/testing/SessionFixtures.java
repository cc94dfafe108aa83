package org.cleartrade.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.grading.Grade;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;
import org.cleartrade.pricing.quote.QuoteDecision;

/** Phones, quotes, bins and the happy-path events of a session, for tests of the session and its users. */
public final class SessionFixtures {

    public static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    public static final String SERIAL = "SIM0PIXEL8A1";
    public static final String IMEI = "356938035643809";

    private SessionFixtures() {}

    public static PhoneIdentity identity(Optional<String> imei) {
        return new PhoneIdentity("Google", "Pixel 8", "Pixel 8", 128, SERIAL, imei, "Android", "14", "2026-10-05");
    }

    /** Every check passes. */
    public static InspectionReport cleanReport() {
        return report(identity(Optional.of(IMEI)), Map.of());
    }

    /** Every check passes except those given. */
    public static InspectionReport reportWith(Check.Kind kind, Check.Verdict verdict) {
        return report(identity(Optional.of(IMEI)), Map.of(kind, verdict));
    }

    public static InspectionReport report(PhoneIdentity identity, Map<Check.Kind, Check.Verdict> overrides) {
        List<Check> checks = new ArrayList<>();
        for (Check.Kind kind : Check.Kind.values()) {
            Check.Verdict verdict = overrides.getOrDefault(kind, Check.Verdict.PASS);
            checks.add(new Check(kind, verdict, kind + " " + verdict));
        }
        return new InspectionReport(identity, checks, OptionalInt.of(91));
    }

    public static Quote quote(Instant validUntil, String currency) {
        return new Quote(
                "Q-1",
                "google-pixel-8",
                "Google Pixel 8",
                128,
                Grade.B,
                new Money(30000, currency),
                List.of(new Quote.Deduction("deduction.battery", new Money(2000, currency))),
                new Money(28000, currency),
                validUntil,
                "test-book-1");
    }

    public static DockStatus dock(DockStatus.State state) {
        return state == DockStatus.State.EMPTY ? DockStatus.empty() : new DockStatus(state, Optional.of(SERIAL));
    }

    public static BinStatus bin(int bin, boolean doorClosed, boolean locked, boolean occupied) {
        return new BinStatus(bin, doorClosed, locked, occupied, false, false);
    }

    public static Condition goodCondition() {
        return new Condition(true, Condition.Screen.LIGHT_SCRATCHES, Condition.Body.WORN, false);
    }

    /** An adult's ID with every field any bundled profile keeps. */
    public static SessionEvent.IdScanned adultId() {
        return new SessionEvent.IdScanned(Map.of(
                "familyName", "Doe",
                "givenNames", "Jane",
                "birthDate", "1990-04-01",
                "documentNumber", "D1234567",
                "address", "1 Main St",
                "expiry", "2031-04-01"));
    }

    /** The text a test's consent screen showed. */
    public static final String CONSENT_TEXT = "Scope: everything on the phone. Method: factory reset. Effect: gone.";

    /** The seller agreed to {@link #CONSENT_TEXT}, shown in {@code language}. */
    public static SessionEvent.ConsentGiven consentGiven(String language) {
        return new SessionEvent.ConsentGiven("erase-consent/test", language, CONSENT_TEXT);
    }

    /**
     * The event that moves a session in {@code snapshot} one step along the happy path, or empty
     * when the session is complete.
     */
    public static Optional<SessionEvent> happyNext(SessionSnapshot s, Instant now) {
        int bin = s.trade().deposit().bin().orElse(1);
        SessionEvent next = switch (s.phase()) {
            case ATTRACT -> new SessionEvent.Start();
            case CHECKLIST -> new SessionEvent.ChecklistDone();
            case AWAIT_PHONE -> new SessionEvent.DockChanged(dock(DockStatus.State.AUTHORIZED));
            case INSPECTING -> new SessionEvent.Inspected(cleanReport());
            case CHECKING_BLOCK_LIST -> new SessionEvent.BlockListAnswered(new BlockList.Answer.Clear());
            case CONDITION -> new SessionEvent.ConditionAnswered(goodCondition());
            case QUOTING ->
                new SessionEvent.Quoted(new QuoteDecision.Offer(quote(now.plus(Duration.ofMinutes(15)), "USD")));
            case OFFER -> new SessionEvent.Accept();
            case IDENTITY -> s.trade().reservedBin().isEmpty() ? new SessionEvent.GatePassed(1) : adultId();
            case CONSENT ->
                s.trade().reservedBin().isEmpty() ? new SessionEvent.GatePassed(1) : consentGiven(s.language());
            case ERASING ->
                new SessionEvent.EraseAcknowledged(
                        new EraseAcknowledgement(now, "Factory reset", "helper", "1.0", "ok"));
            case VERIFYING_ERASE ->
                new SessionEvent.EraseChecked(EraseVerification.proven(
                        now, "USB re-enumeration", "same serial", VerificationEvidence.USB_REENUMERATED_SAME_SERIAL));
            case CERTIFYING -> new SessionEvent.CertificateReady("EC-1", "certificate text", "CT1:payload");
            case PRINTING_CERTIFICATE, PRINTING_VOUCHER -> new SessionEvent.Printed();
            case CERTIFICATE_ON_SCREEN, VOUCHER_ON_SCREEN -> new SessionEvent.ReceiptSaved();
            case CHOOSING_BIN -> new SessionEvent.BinChosen(1);
            case UNLATCHING -> new SessionEvent.BinUnlatched(bin);
            case DEPOSIT ->
                s.trade().deposit().doorOpened()
                        ? new SessionEvent.BinChanged(bin(bin, true, false, true))
                        : new SessionEvent.BinChanged(bin(bin, false, false, false));
            case LOCKING -> new SessionEvent.BinLocked(bin(bin, true, true, true));
            case CONFIRMING_SERIAL -> new SessionEvent.TraySerialRead(Optional.of(SERIAL));
            case ISSUING_VOUCHER ->
                new SessionEvent.VoucherReady(
                        "0123456789abcdef0123456789abcdef", "CV1:voucher", now.plus(Duration.ofDays(30)));
            default -> null;
        };
        return Optional.ofNullable(next);
    }
}

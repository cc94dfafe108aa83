package org.cleartrade.core.session;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.quote.QuoteDecision;

/**
 * Everything that can happen to a session: what the seller touches, what the devices and ports
 * answer, timeouts and a restart. {@link SessionMachine#on} accepts each only in the phases its
 * transition table lists.
 */
public sealed interface SessionEvent {

    /** The name the journal stores for this event; never contains personal data. */
    default String journalName() {
        return getClass().getSimpleName();
    }

    /** An event the seller causes by touching the screen. */
    sealed interface SellerEvent extends SessionEvent {}

    /** An answer from a device or a port, or an observation the runner made. */
    sealed interface DeviceEvent extends SessionEvent {}

    // ---- seller ----

    /** The seller touched the attract screen. */
    record Start() implements SellerEvent {}

    /** The seller picked a language (a BCP 47 tag the jurisdiction offers), in any phase. */
    record LanguageChosen(String languageTag) implements SellerEvent {
        public LanguageChosen {
            Objects.requireNonNull(languageTag, "languageTag");
        }
    }

    /** The seller went through the security checklist. */
    record ChecklistDone() implements SellerEvent {}

    /** The seller fixed what the refusal asked for and wants the phone inspected again. */
    record Retry() implements SellerEvent {}

    record ConditionAnswered(Condition condition) implements SellerEvent {
        public ConditionAnswered {
            Objects.requireNonNull(condition, "condition");
        }
    }

    record Accept() implements SellerEvent {}

    record Decline() implements SellerEvent {}

    /**
     * The seller's ID was scanned. Holds personal data: it is never journaled, logged or kept in
     * the snapshot; only the fields the jurisdiction requires go to the ledger.
     *
     * @param fields decoded ID fields by name ({@code birthDate} as ISO date, {@code documentNumber},
     *     {@code familyName}, {@code givenNames}, {@code address}, {@code expiry} ...)
     */
    record IdScanned(Map<String, String> fields) implements SellerEvent {
        public IdScanned {
            fields = Map.copyOf(fields);
        }

        @Override
        public String toString() {
            return "IdScanned[" + fields.size() + " fields]";
        }
    }

    /** The ID scanner could not decode the document. */
    record IdUnreadable(String detail) implements SellerEvent {}

    /**
     * The seller read scope, method and effect of the erasure and consented. Carries the consent
     * text exactly as the screen showed it at that moment, so what is recorded is what was read,
     * whatever language the session switches to later.
     *
     * @param textVersion the id of the consent copy, for example {@code erase-consent/2026-12}
     * @param language BCP 47 tag of the language the text was shown in
     * @param text the text as shown, every paragraph in screen order
     */
    record ConsentGiven(String textVersion, String language, String text) implements SellerEvent {
        public ConsentGiven {
            Objects.requireNonNull(textVersion, "textVersion");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("consent given to a blank text");
            }
        }

        @Override
        public String toString() {
            return "ConsentGiven[" + textVersion + ", " + language + ", " + text.length() + " chars]";
        }
    }

    /** The seller cancels; allowed until the bin door locks. */
    record Cancel() implements SellerEvent {}

    /** The seller needs longer to put the phone in the bin: the deposit countdown starts again. */
    record MoreTime() implements SellerEvent {}

    /**
     * The seller has the receipt the printer could not print: they scanned or photographed the code
     * on screen and said so.
     */
    record ReceiptSaved() implements SellerEvent {}

    // ---- devices and ports ----

    /** The dock's status changed while the phase watches the dock. */
    record DockChanged(DockStatus status) implements DeviceEvent {}

    record Inspected(InspectionReport report) implements DeviceEvent {}

    /** The phone went away in the middle of a dock call (unplugged, or stopped answering). */
    record PhoneGone(String detail) implements DeviceEvent {}

    /** A device or port call failed for a reason other than the phone going away. */
    record DeviceFailed(String detail) implements DeviceEvent {}

    record BlockListAnswered(BlockList.Answer answer) implements DeviceEvent {}

    record Quoted(QuoteDecision decision) implements DeviceEvent {}

    /**
     * @param helperImei the IMEI the device-owner helper read when adb could not, and what the block
     *     list answered for it; empty when the IMEI was checked at inspection
     */
    record EraseAcknowledged(EraseAcknowledgement acknowledgement, Optional<HelperImei> helperImei)
            implements DeviceEvent {
        public EraseAcknowledged {
            Objects.requireNonNull(acknowledgement, "acknowledgement");
            Objects.requireNonNull(helperImei, "helperImei");
        }

        public EraseAcknowledged(EraseAcknowledgement acknowledgement) {
            this(acknowledgement, Optional.empty());
        }
    }

    /**
     * IMEIs read by the helper before the erase, and the block list's verdict on them: {@code
     * CLEAR}, or {@code UNCHECKED_FLAGGED} when the profile lets a trade go ahead unchecked.
     */
    record HelperImei(Optional<String> imei, Optional<String> secondImei, SessionSnapshot.BlockListResult result) {
        public HelperImei {
            Objects.requireNonNull(imei, "imei");
            Objects.requireNonNull(secondImei, "secondImei");
            Objects.requireNonNull(result, "result");
        }
    }

    /** @param helperLeft the device-owner helper could not be confirmed removed from the phone */
    record EraseRefused(String detail, boolean helperLeft) implements DeviceEvent {
        public EraseRefused(String detail) {
            this(detail, false);
        }
    }

    record EraseChecked(EraseVerification verification) implements DeviceEvent {}

    /** The certificate was signed; the ledger stores {@code document}, the QR shows {@code qrPayload}. */
    record CertificateReady(String certificateId, String document, String qrPayload) implements DeviceEvent {}

    record Printed() implements DeviceEvent {}

    /** @param status the printer's last status, when it answered */
    record PrintFailed(String detail, Optional<PrinterStatus> status) implements DeviceEvent {
        public boolean paperOut() {
            return status.map(PrinterStatus::paperOut).orElse(false);
        }
    }

    record BinChosen(int bin) implements DeviceEvent {}

    /** No bin is free and working. */
    record NoBinFree() implements DeviceEvent {}

    /**
     * The pre-erase gate found the kiosk able to take and pay for the phone, and a free, working
     * bin to reserve for it.
     */
    record GatePassed(int bin) implements DeviceEvent {}

    /** The pre-erase gate refused: nothing was erased, and nothing will be. */
    /** @param helperLeft the device-owner helper could not be confirmed removed from the phone */
    record GateRefused(RefusalReason reason, String detail, boolean helperLeft) implements DeviceEvent {
        public GateRefused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        public GateRefused(RefusalReason reason, String detail) {
            this(reason, detail, false);
        }
    }

    record BinUnlatched(int bin) implements DeviceEvent {}

    /** The latch refused or jammed, or its controller could not be reached. */
    record LatchFailed(int bin, String detail) implements DeviceEvent {}

    /** The watched bin's status changed. */
    record BinChanged(BinStatus status) implements DeviceEvent {}

    record BinLocked(BinStatus status) implements DeviceEvent {}

    /** What the dock reads from the USB device in the tray after the door locked. */
    record TraySerialRead(Optional<String> serial) implements DeviceEvent {}

    record VoucherReady(String voucherId, String qrPayload, Instant expiresAt) implements DeviceEvent {}

    /**
     * The phase's time ran out.
     *
     * @param phaseEntrySeq the {@link SessionSnapshot#phaseEntrySeq()} the timer was started for
     * @param due the {@link SessionSnapshot#deadline()} the timer was started for, when the runner
     *     armed it: a phase may move its own deadline (the deposit countdown), and a timer armed for
     *     an earlier deadline of the same phase is then stale
     */
    record Timeout(long phaseEntrySeq, Optional<Instant> due) implements DeviceEvent {
        public Timeout {
            Objects.requireNonNull(due, "due");
        }

        /** The phase's current deadline ran out. */
        public Timeout(long phaseEntrySeq) {
            this(phaseEntrySeq, Optional.empty());
        }
    }

    /** The kiosk restarted and recovery resumes the session from its last journaled snapshot. */
    record Resumed() implements DeviceEvent {}
}

package org.cleartrade.core.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;

/**
 * Everything a screen needs to render a session, as of one transition. Immutable; the machine
 * publishes a new one after every transition and the journal stores it through {@link
 * SnapshotCodec}. Holds no personal data: ID fields go straight to the ledger, never here.
 *
 * @param seq the number of transitions so far (the journal's sequence number)
 * @param phaseEntrySeq the {@code seq} at which the current phase was entered; answers, timers and
 *     watches started in an earlier phase carry an older value and are dropped by the runner
 * @param deadline when the current phase times out, if it does
 * @param refusal why the phone or seller was refused, while that matters to the screen
 * @param fault the latest fault, while that matters to the screen
 * @param alerts every operator alert this session raised
 * @param outcome how the session ended, or will end once the phone is returned
 */
public record SessionSnapshot(
        String sessionId,
        long seq,
        Phase phase,
        long phaseEntrySeq,
        Instant phaseSince,
        Optional<Instant> deadline,
        String jurisdiction,
        String language,
        PhoneState phone,
        OfferState offer,
        TradeState trade,
        Optional<RefusalReason> refusal,
        Optional<Fault> fault,
        List<OperatorAlert> alerts,
        Optional<Outcome> outcome) {

    public SessionSnapshot {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(phase, "phase");
        alerts = List.copyOf(alerts);
    }

    /** A new session on the attract screen. */
    public static SessionSnapshot start(String sessionId, String jurisdiction, String language, Instant now) {
        return new SessionSnapshot(
                sessionId,
                0,
                Phase.ATTRACT,
                0,
                now,
                Optional.empty(),
                jurisdiction,
                language,
                PhoneState.NONE,
                OfferState.NONE,
                TradeState.NONE,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /** What the kiosk knows about the phone. */
    public record PhoneState(
            DockStatus dock,
            Optional<InspectionReport> inspection,
            List<ChecklistItem> checklist,
            Optional<BlockListResult> blockList) {

        public static final PhoneState NONE = new PhoneState(
                DockStatus.empty(),
                Optional.empty(),
                Arrays.stream(ChecklistItem.Topic.values())
                        .map(t -> new ChecklistItem(
                                t,
                                t.verifiedBy().isEmpty()
                                        ? ChecklistItem.Tick.SELLER_ONLY
                                        : ChecklistItem.Tick.NOT_CHECKED))
                        .toList(),
                Optional.empty());

        public PhoneState {
            checklist = List.copyOf(checklist);
        }

        /** The serial the inspection read, if the phone was inspected. */
        public Optional<String> serial() {
            return inspection.map(r -> r.identity().serial());
        }
    }

    public enum BlockListResult {
        CLEAR,
        BLOCKED,
        /** The service could not be asked, or the phone hid its IMEI; the trade is flagged for review. */
        UNCHECKED_FLAGGED,
        /**
         * The phone hides its IMEI from adb (Android 10+): the device-owner helper, installed after
         * consent, reads it and the block list is asked just before the erase.
         */
        AWAITING_HELPER
    }

    /** The seller's condition answers and the quote. */
    public record OfferState(Optional<Condition> condition, Optional<Quote> quote) {
        public static final OfferState NONE = new OfferState(Optional.empty(), Optional.empty());
    }

    /**
     * The trade once the seller accepted, and how far it got.
     *
     * @param reservedBin the bin the pre-erase gate reserved for this trade (a ledger fact); no
     *     erase is decided without one
     * @param finishedBy the operator who finished this trade for its seller after the session that
     *     started it was interrupted (a staff continuation); empty in the seller's own session
     */
    public record TradeState(
            Optional<String> tradeId,
            Optional<TradeRecord.Status> status,
            boolean flaggedForReview,
            boolean identityChecked,
            Erasure erasure,
            Optional<IssuedCertificate> certificate,
            Deposit deposit,
            Optional<IssuedVoucher> voucher,
            OptionalInt reservedBin,
            Optional<String> finishedBy) {

        public static final TradeState NONE = new TradeState(
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                Erasure.NONE,
                Optional.empty(),
                Deposit.NONE,
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty());

        public TradeState withStatus(String id, TradeRecord.Status next) {
            return new TradeState(
                    Optional.of(id),
                    Optional.of(next),
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    certificate,
                    deposit,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        /**
         * Whether the seller is owed the offer: the phone was erased (a certificate exists), the
         * trade was not voided, and the payout has not reached the seller.
         */
        public boolean owesSeller() {
            return certificate.isPresent()
                    && status.map(s -> s != TradeRecord.Status.VOIDED && s != TradeRecord.Status.PAID)
                            .orElse(false);
        }

        public TradeState flagged() {
            return new TradeState(
                    tradeId,
                    status,
                    true,
                    identityChecked,
                    erasure,
                    certificate,
                    deposit,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        public TradeState identified() {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    true,
                    erasure,
                    certificate,
                    deposit,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        public TradeState with(Erasure next) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    next,
                    certificate,
                    deposit,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        public TradeState with(IssuedCertificate next) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    Optional.of(next),
                    deposit,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        public TradeState with(Deposit next) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    certificate,
                    next,
                    voucher,
                    reservedBin,
                    finishedBy);
        }

        public TradeState with(IssuedVoucher next) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    certificate,
                    deposit,
                    Optional.of(next),
                    reservedBin,
                    finishedBy);
        }

        /** The trade now holds a reservation of {@code bin}, replacing any earlier one. */
        public TradeState reserved(int bin) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    certificate,
                    deposit,
                    voucher,
                    OptionalInt.of(bin),
                    finishedBy);
        }

        /** This trade, finished for its seller by {@code operatorId}. */
        public TradeState finishedBy(String operatorId) {
            return new TradeState(
                    tradeId,
                    status,
                    flaggedForReview,
                    identityChecked,
                    erasure,
                    certificate,
                    deposit,
                    voucher,
                    reservedBin,
                    Optional.of(operatorId));
        }
    }

    /**
     * Consent and erase progress.
     *
     * @param consent what the seller agreed to, pinned when they agreed: the text's version, its
     *     language and the SHA-256 of the text as shown. The certificate cites this record.
     */
    public record Erasure(
            Optional<ConsentRecord> consent,
            Stage stage,
            Optional<EraseAcknowledgement> acknowledgement,
            Optional<EraseVerification> verification) {

        public static final Erasure NONE =
                new Erasure(Optional.empty(), Stage.NOT_STARTED, Optional.empty(), Optional.empty());

        /** When the seller agreed to the erase. */
        public Optional<Instant> consentAt() {
            return consent.map(ConsentRecord::consentedAt);
        }

        public enum Stage {
            NOT_STARTED,
            /** Decided and synced; the phone has not acknowledged yet. */
            REQUESTED,
            /** The phone acknowledged and is resetting. */
            ACKNOWLEDGED,
            VERIFIED,
            REFUSED,
            FAILED
        }
    }

    /**
     * How a receipt reached the seller. A receipt that did not print stays on screen until the
     * seller says they have it; until then it is {@link #PRINT_FAILED}, never "in hand".
     */
    public enum Handover {
        /** Signed; the printer has not answered yet. */
        PRINTING,
        PRINTED,
        /** The printer failed; the QR and its summary are on screen for the seller. */
        PRINT_FAILED,
        /** The printer failed and the seller said they scanned or photographed the QR on screen. */
        SAVED_FROM_SCREEN;

        /** Whether the seller has the receipt, on paper or from the screen. */
        public boolean inSellersHands() {
            return this == PRINTED || this == SAVED_FROM_SCREEN;
        }
    }

    /** The signed erasure certificate; its QR is shown on screen whether or not it printed. */
    public record IssuedCertificate(String certificateId, String qrPayload, Handover handover) {
        public IssuedCertificate {
            java.util.Objects.requireNonNull(handover, "handover");
        }

        public boolean printed() {
            return handover == Handover.PRINTED;
        }

        public IssuedCertificate handedOver(Handover next) {
            return new IssuedCertificate(certificateId, qrPayload, next);
        }
    }

    /**
     * The bin the phone goes into, and what was seen of its door.
     *
     * @param failedBins bins whose latch failed during this session, never offered again
     * @param lastStatus the bin's status as last read
     * @param doorOpened the door was seen open since the bin was unlatched
     * @param lockRequested the session asked the latch to lock (and the decision is synced)
     * @param lockedAt when the latch reported the bin locked and secured with the phone inside
     * @param openUntil when the seller's time at the open bin runs out; shown on screen as a
     *     countdown, set when the bin has opened and set again by "More time"
     */
    public record Deposit(
            OptionalInt bin,
            Set<Integer> failedBins,
            Optional<BinStatus> lastStatus,
            boolean doorOpened,
            boolean lockRequested,
            Optional<Instant> lockedAt,
            Optional<Instant> openUntil) {
        public static final Deposit NONE = new Deposit(
                OptionalInt.empty(), Set.of(), Optional.empty(), false, false, Optional.empty(), Optional.empty());

        public Deposit {
            failedBins = Set.copyOf(failedBins);
        }

        /** A freshly chosen bin: nothing seen of its door yet. */
        public Deposit choose(int next) {
            return new Deposit(
                    OptionalInt.of(next),
                    failedBins,
                    Optional.empty(),
                    false,
                    false,
                    Optional.empty(),
                    Optional.empty());
        }

        /** The current bin failed; no bin is chosen until the next one is. */
        public Deposit failCurrent() {
            Set<Integer> failed = new java.util.HashSet<>(failedBins);
            bin.ifPresent(failed::add);
            return new Deposit(
                    OptionalInt.empty(), failed, lastStatus, false, false, Optional.empty(), Optional.empty());
        }

        public Deposit seen(BinStatus status) {
            return new Deposit(
                    bin,
                    failedBins,
                    Optional.of(status),
                    doorOpened || !status.doorClosed(),
                    lockRequested,
                    lockedAt,
                    openUntil);
        }

        public Deposit requestLock() {
            return new Deposit(bin, failedBins, lastStatus, doorOpened, true, lockedAt, openUntil);
        }

        public Deposit locked(Instant at, BinStatus status) {
            return new Deposit(bin, failedBins, Optional.of(status), doorOpened, true, Optional.of(at), openUntil);
        }

        /** The seller has until {@code until} to put the phone in. */
        public Deposit openUntil(Instant until) {
            return new Deposit(bin, failedBins, lastStatus, doorOpened, lockRequested, lockedAt, Optional.of(until));
        }

        /** After a restart nothing is known of the door until it is read again. */
        public Deposit forgetStatus() {
            return new Deposit(bin, failedBins, Optional.empty(), doorOpened, false, lockedAt, openUntil);
        }

        /** Whether the door is known to be closed now. */
        public boolean doorClosed() {
            return lastStatus.map(BinStatus::doorClosed).orElse(false);
        }
    }

    /**
     * The single-use payout voucher; its QR is shown on screen whether or not it printed. The
     * seller is paid once it is in their hands ({@link Handover#inSellersHands()}).
     */
    public record IssuedVoucher(
            String voucherId, String qrPayload, Money amount, Instant expiresAt, Handover handover) {
        public IssuedVoucher {
            java.util.Objects.requireNonNull(handover, "handover");
        }

        public boolean printed() {
            return handover == Handover.PRINTED;
        }

        public IssuedVoucher handedOver(Handover next) {
            return new IssuedVoucher(voucherId, qrPayload, amount, expiresAt, next);
        }
    }

    /** A fault and what the device said, in operator words (never personal data). */
    public record Fault(FaultReason reason, String detail) {}
}

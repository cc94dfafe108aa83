package org.cleartrade.ui.screen.deposit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PhaseVisit;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Deposit coaching: which bin, what to do with its door, what the bin reports, and how long the
 * seller has left (a countdown, with "More time"). Until the door locks the seller can still take
 * the phone back, but never by accident: the phone is already erased, so taking it back first asks
 * for a plain-words confirmation.
 */
public final class DepositViewModel extends ScreenViewModel {

    private final Clock clock;
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper binLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doorStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper moreTimeOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper confirmingCancel = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper cancelQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unprintedCertificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unprintedNote = new ReadOnlyStringWrapper("");
    private PhaseVisit shownFor = PhaseVisit.NONE;

    /** @param clock the kiosk's clock, which the countdown is read against */
    public DepositViewModel(SessionModel session, UiText text, Clock clock) {
        super(session, text);
        this.clock = clock;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        if (!PhaseVisit.of(snapshot).equals(shownFor)) {
            // A question on screen belongs to the visit that asked it, never to the next seller.
            shownFor = PhaseVisit.of(snapshot);
            confirmingCancel.set(false);
        }
        SessionSnapshot.Deposit deposit = snapshot.trade().deposit();
        String bin = deposit.bin().isPresent() ? String.valueOf(deposit.bin().getAsInt()) : "–";
        setTitle(text.get("deposit.title"));
        binLabel.set(text.get("deposit.bin", bin));
        instruction.set(text.get(instructionKey(snapshot.phase(), deposit), bin));
        doorStatus.set(text.get(doorKey(deposit)));
        latchStatus.set(text.get(latchKey(snapshot.phase(), deposit)));
        boolean open = snapshot.phase() == Phase.DEPOSIT && deposit.lockedAt().isEmpty();
        cancellable.set(open);
        moreTimeOffered.set(open && deposit.openUntil().isPresent());
        if (!open) {
            confirmingCancel.set(false);
        }
        cancelQuestion.set(text.get(
                "deposit.cancel.question",
                snapshot.offer().quote().map(q -> text.money(q.offer())).orElse("")));
        // A certificate the seller does not have yet stays on screen: it is their only copy.
        String qr = snapshot.trade()
                .certificate()
                .filter(c -> !c.handover().inSellersHands())
                .map(SessionSnapshot.IssuedCertificate::qrPayload)
                .orElse("");
        unprintedCertificate.set(qr);
        unprintedNote.set(qr.isEmpty() ? "" : text.get("deposit.certificateOnScreen"));
        tick();
        setPrompt(confirmingCancel.get() ? cancelQuestion.get() : instruction.get());
    }

    /** Reads the clock again for the countdown; the view calls it every second. */
    public void tick() {
        SessionSnapshot snapshot = session.snapshot();
        Optional<Instant> until = snapshot.trade().deposit().openUntil();
        if (snapshot.phase() != Phase.DEPOSIT || until.isEmpty()) {
            countdown.set("");
            return;
        }
        Duration left = Duration.between(clock.instant(), until.get());
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        countdown.set(text.get("deposit.timeLeft", String.format("%d:%02d", seconds / 60, seconds % 60)));
    }

    /** The certificate's QR while the seller does not have it yet; empty otherwise. */
    public ReadOnlyStringProperty unprintedCertificateProperty() {
        return unprintedCertificate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unprintedNoteProperty() {
        return unprintedNote.getReadOnlyProperty();
    }

    private static String instructionKey(Phase phase, SessionSnapshot.Deposit deposit) {
        return switch (phase) {
            case CHOOSING_BIN, UNLATCHING -> "deposit.opening";
            case DEPOSIT -> deposit.doorOpened() ? "deposit.putInAndClose" : "deposit.openDoor";
            case LOCKING -> "deposit.locking";
            case CONFIRMING_SERIAL -> "deposit.confirming";
            default -> "deposit.opening";
        };
    }

    /** What the bin last reported of its door, or what the session saw of it. */
    private static String doorKey(SessionSnapshot.Deposit deposit) {
        return deposit.lastStatus()
                .map(s -> s.doorClosed()
                        ? (s.occupied() ? "deposit.door.closedWithPhone" : "deposit.door.closed")
                        : "deposit.door.open")
                .orElse(deposit.doorOpened() ? "deposit.door.opened" : "deposit.door.notOpened");
    }

    private static String latchKey(Phase phase, SessionSnapshot.Deposit deposit) {
        if (deposit.lockedAt().isPresent()) {
            return "deposit.latch.locked";
        }
        return phase == Phase.DEPOSIT ? "deposit.latch.unlocked" : "deposit.latch.working";
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty binLabelProperty() {
        return binLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doorStatusProperty() {
        return doorStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latchStatusProperty() {
        return latchStatus.getReadOnlyProperty();
    }

    /** "Time left: 1:45" while the bin waits for the seller; empty otherwise. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreTimeOfferedProperty() {
        return moreTimeOffered.getReadOnlyProperty();
    }

    /** Whether the seller can still take the phone back: only while the bin is open to them. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Whether the screen asks the seller to confirm taking back their already erased phone. */
    public ReadOnlyBooleanProperty confirmingCancelProperty() {
        return confirmingCancel.getReadOnlyProperty();
    }

    /** The confirmation's words: the phone is erased, and taking it back means no payment. */
    public ReadOnlyStringProperty cancelQuestionProperty() {
        return cancelQuestion.getReadOnlyProperty();
    }

    public void moreTime() {
        if (moreTimeOffered.get()) {
            session.send(new SessionEvent.MoreTime());
        }
    }

    /** "Take my phone back" asks first: the phone is already erased. */
    public void cancel() {
        if (cancellable.get()) {
            confirmingCancel.set(true);
            setPrompt(cancelQuestion.get());
        }
    }

    /** The seller confirmed: they take the erased phone back and are not paid. */
    public void confirmCancel() {
        if (cancellable.get() && confirmingCancel.get()) {
            confirmingCancel.set(false);
            session.send(new SessionEvent.Cancel());
        }
    }

    /** The seller keeps selling: the question closes and the bin still waits. */
    public void keepSelling() {
        confirmingCancel.set(false);
        setPrompt(instruction.get());
    }
}

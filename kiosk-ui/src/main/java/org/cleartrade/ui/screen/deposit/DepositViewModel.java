package org.cleartrade.ui.screen.deposit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Deposit coaching: which bin, what to do with its door, and what the bin reports. Until the door
 * locks the seller can still cancel and take the phone back.
 */
public final class DepositViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper binLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doorStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper unprintedCertificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unprintedNote = new ReadOnlyStringWrapper("");

    public DepositViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        SessionSnapshot.Deposit deposit = snapshot.trade().deposit();
        String bin = deposit.bin().isPresent() ? String.valueOf(deposit.bin().getAsInt()) : "–";
        setTitle(text.get("deposit.title"));
        binLabel.set(text.get("deposit.bin", bin));
        instruction.set(text.get(instructionKey(snapshot.phase(), deposit), bin));
        doorStatus.set(text.get(doorKey(deposit)));
        latchStatus.set(text.get(latchKey(snapshot.phase(), deposit)));
        cancellable.set(snapshot.phase() == Phase.DEPOSIT && deposit.lockedAt().isEmpty());
        // A certificate the printer could not print stays on screen: it is the seller's only copy.
        String qr = snapshot.trade()
                .certificate()
                .filter(c -> !c.printed())
                .map(SessionSnapshot.IssuedCertificate::qrPayload)
                .orElse("");
        unprintedCertificate.set(qr);
        unprintedNote.set(qr.isEmpty() ? "" : text.get("deposit.certificateOnScreen"));
        setPrompt(instruction.get());
    }

    /** The certificate's QR while its paper copy is missing; empty when it printed. */
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

    /** Whether the seller can still take the phone back: only while the bin is open to them. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public void cancel() {
        if (cancellable.get()) {
            session.send(new SessionEvent.Cancel());
        }
    }
}

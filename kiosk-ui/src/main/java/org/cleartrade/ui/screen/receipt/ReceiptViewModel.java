package org.cleartrade.ui.screen.receipt;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The erasure certificate: its signed QR on screen at once, while the paper copy prints. If the
 * printer fails, the QR and a plain-words summary of what it certifies stay on screen, and the bin
 * opens only once the seller says they have saved it.
 */
public final class ReceiptViewModel extends ScreenViewModel {

    private final VerificationLink link;
    private final ReadOnlyStringWrapper qrPayload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificateId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper printed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper onScreen = new ReadOnlyBooleanWrapper();

    /** @param link what the QR code holds: the same text as the printed one */
    public ReceiptViewModel(SessionModel session, UiText text, VerificationLink link) {
        super(session, text);
        this.link = link;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("receipt.title"));
        explanation.set(text.get("receipt.explanation"));
        onScreen.set(snapshot.phase() == Phase.CERTIFICATE_ON_SCREEN);
        snapshot.trade()
                .certificate()
                .ifPresentOrElse(
                        c -> {
                            qrPayload.set(link.qrText(c.qrPayload()));
                            certificateId.set(text.get("receipt.id", c.certificateId()));
                            printed.set(c.printed());
                        },
                        () -> {
                            qrPayload.set("");
                            certificateId.set("");
                            printed.set(false);
                        });
        status.set(
                onScreen.get()
                        ? text.get("receipt.onScreen")
                        : printed.get() ? text.get("receipt.printed") : text.get("receipt.printing"));
        summary.set(onScreen.get() ? summary(snapshot) : "");
        setPrompt(text.get("receipt.title") + " " + status.get() + " " + summary.get());
    }

    /** What the certificate on screen says, in plain words, so the seller knows what they keep. */
    private String summary(SessionSnapshot s) {
        String phone = s.phone()
                .inspection()
                .map(r -> {
                    PhoneIdentity id = r.identity();
                    return (id.marketName().isBlank() ? id.model() : id.marketName()) + " (" + id.serial() + ")";
                })
                .orElse("");
        String when = s.trade()
                .erasure()
                .verification()
                .map(v -> text.dateTime(v.at()))
                .orElse("");
        return text.get("receipt.summary", phone, when);
    }

    /** The seller scanned or photographed the certificate: the bin opens. */
    public void saved() {
        if (onScreen.get()) {
            session.send(new SessionEvent.ReceiptSaved());
        }
    }

    /** The QR code's text (the verification link, or the bare payload); empty until the certificate is signed. */
    public ReadOnlyStringProperty qrPayloadProperty() {
        return qrPayload.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty certificateIdProperty() {
        return certificateId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** What the certificate says, in plain words, while it waits on screen; empty otherwise. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }

    /** The certificate did not print and waits on screen for the seller to save it. */
    public ReadOnlyBooleanProperty onScreenProperty() {
        return onScreen.getReadOnlyProperty();
    }
}

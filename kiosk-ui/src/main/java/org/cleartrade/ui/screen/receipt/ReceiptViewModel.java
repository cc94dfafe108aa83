package org.cleartrade.ui.screen.receipt;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The erasure certificate: its signed QR on screen at once, while the paper copy prints. If the
 * printer fails, the QR on screen is the seller's copy and the notice says so.
 */
public final class ReceiptViewModel extends ScreenViewModel {

    private final VerificationLink link;
    private final ReadOnlyStringWrapper qrPayload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificateId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper printed = new ReadOnlyBooleanWrapper();

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
        status.set(printed.get() ? text.get("receipt.printed") : text.get("receipt.printing"));
        setPrompt(text.get("receipt.title") + " " + status.get());
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

    public ReadOnlyBooleanProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }
}

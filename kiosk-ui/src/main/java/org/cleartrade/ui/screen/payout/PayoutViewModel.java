package org.cleartrade.ui.screen.payout;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The payout voucher, issued only once the phone is locked in the bin; its QR shown on screen. */
public final class PayoutViewModel extends ScreenViewModel {

    private final VerificationLink link;
    private final ReadOnlyStringWrapper qrPayload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param link what the QR code holds: the same text as the printed one */
    public PayoutViewModel(SessionModel session, UiText text, VerificationLink link) {
        super(session, text);
        this.link = link;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("payout.title"));
        snapshot.trade()
                .voucher()
                .ifPresentOrElse(
                        v -> {
                            qrPayload.set(link.qrText(v.qrPayload()));
                            amount.set(text.money(v.amount()));
                            expiry.set(text.get("payout.expires", text.dateTime(v.expiresAt())));
                            status.set(text.get(v.printed() ? "payout.printed" : "payout.printing"));
                        },
                        () -> {
                            qrPayload.set("");
                            amount.set("");
                            expiry.set("");
                            status.set(text.get("payout.issuing"));
                        });
        setPrompt(text.get("payout.title") + " " + amount.get() + " " + status.get());
    }

    public ReadOnlyStringProperty qrPayloadProperty() {
        return qrPayload.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

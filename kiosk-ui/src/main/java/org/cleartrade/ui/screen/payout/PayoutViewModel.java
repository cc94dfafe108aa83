package org.cleartrade.ui.screen.payout;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The payout voucher, issued only once the phone is locked in the bin; its QR shown on screen. If
 * the printer fails, the QR and a plain-words summary stay on screen until the seller says they
 * have saved it: until then they are not paid, and the screen says so.
 */
public final class PayoutViewModel extends ScreenViewModel {

    private final VerificationLink link;
    private final PayoutPlace payoutPlace;
    private final ReadOnlyStringWrapper qrPayload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper onScreen = new ReadOnlyBooleanWrapper();

    /**
     * @param link what the QR code holds: the same text as the printed one
     * @param payoutPlace where the voucher is paid, named under the voucher
     */
    public PayoutViewModel(SessionModel session, UiText text, VerificationLink link, PayoutPlace payoutPlace) {
        super(session, text);
        this.link = link;
        this.payoutPlace = payoutPlace;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("payout.title"));
        onScreen.set(snapshot.phase() == Phase.VOUCHER_ON_SCREEN);
        snapshot.trade()
                .voucher()
                .ifPresentOrElse(
                        v -> {
                            // A bearer voucher on a public screen: only while it is not yet on paper.
                            qrPayload.set(v.printed() && !onScreen.get() ? "" : link.qrText(v.qrPayload()));
                            amount.set(text.money(v.amount()));
                            expiry.set(
                                    text.get("payout.expires", payoutPlace.words(text), text.dateTime(v.expiresAt())));
                            status.set(text.get(
                                    onScreen.get()
                                            ? "payout.onScreen"
                                            : v.printed() ? "payout.printed" : "payout.printing"));
                            summary.set(
                                    onScreen.get()
                                            ? text.get(
                                                    "payout.summary",
                                                    text.money(v.amount()),
                                                    payoutPlace.words(text),
                                                    text.dateTime(v.expiresAt()))
                                            : "");
                        },
                        () -> {
                            qrPayload.set("");
                            amount.set("");
                            expiry.set("");
                            summary.set("");
                            status.set(text.get("payout.issuing"));
                        });
        setPrompt(text.get("payout.title") + " " + amount.get() + " " + status.get() + " " + summary.get());
    }

    /** The seller scanned or photographed the voucher: now they are paid. */
    public void saved() {
        if (onScreen.get()) {
            session.send(new SessionEvent.ReceiptSaved());
        }
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

    /** What the voucher on screen is worth and how to use it; empty unless it waits on screen. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The voucher did not print and waits on screen for the seller to save it. */
    public ReadOnlyBooleanProperty onScreenProperty() {
        return onScreen.getReadOnlyProperty();
    }
}

package org.cleartrade.ui.screen.consent;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Consent to erase: the scope, the method and the effect of the erasure, said before anything
 * happens (as China's erasure standard for used electronics requires), then the seller agrees or
 * cancels.
 */
public final class ConsentViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper method = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    public ConsentViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("consent.title"));
        phone.set(snapshot.phone()
                .inspection()
                .map(r -> text.get(
                        "consent.phone",
                        r.identity().marketName(),
                        lastFour(r.identity().serial())))
                .orElse(""));
        scope.set(text.get("consent.scope"));
        method.set(text.get(ConsentWording.methodKey(snapshot))
                + (ConsentWording.installsHelper(snapshot) ? "\n\n" + text.get("consent.helper") : ""));
        effect.set(text.get("consent.effect"));
        ready.set(snapshot.trade().reservedBin().isPresent());
        setPrompt(String.join(" ", text.get("consent.title"), scope.get(), method.get(), effect.get()));
    }

    private static String lastFour(String serial) {
        return serial.length() <= 4 ? serial : "…" + serial.substring(serial.length() - 4);
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodProperty() {
        return method.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    /**
     * Whether the kiosk is ready to erase: the pre-erase gate has reserved a bin for the phone. It
     * answers within moments of the offer being accepted; until then "Erase" waits.
     */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * The seller agrees to the text on screen now: it goes with the event, in the language it was
     * shown in, and is what the ledger records and the certificate cites.
     */
    public void consent() {
        session.send(ConsentText.agreed(session.snapshot()));
    }

    public void cancel() {
        session.send(new SessionEvent.Cancel());
    }
}

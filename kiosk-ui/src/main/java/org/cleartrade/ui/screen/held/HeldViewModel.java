package org.cleartrade.ui.screen.held;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Shown in place of the attract screen while a device problem holds trading: the kiosk is not
 * taking phones right now, nothing is asked of the seller, and there is no button to start.
 */
public final class HeldViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper();

    public HeldViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("held.title"));
        body.set(text.get("held.body"));
        next.set(text.get("held.next"));
        setPrompt(text.get("held.title") + " " + text.get("held.body"));
    }

    /** Why, in a seller's words: the kiosk is being looked after, their phone is safe with them. */
    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** What the seller can do: come back later. */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }
}

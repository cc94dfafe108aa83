package org.cleartrade.ui.screen.attract;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The idle screen: what the kiosk does, and one big button to begin. */
public final class AttractViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper promise = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper startLabel = new ReadOnlyStringWrapper();
    private final Runnable openLanguageScreen;

    /** @param openLanguageScreen shows the language choice; the session starts from there */
    public AttractViewModel(SessionModel session, UiText text, Runnable openLanguageScreen) {
        super(session, text);
        this.openLanguageScreen = openLanguageScreen;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("attract.title"));
        promise.set(text.get("attract.promise"));
        startLabel.set(text.get("attract.start"));
        setPrompt(text.get("attract.title") + " " + text.get("attract.start"));
    }

    public ReadOnlyStringProperty promiseProperty() {
        return promise.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startLabelProperty() {
        return startLabel.getReadOnlyProperty();
    }

    public void start() {
        openLanguageScreen.run();
    }
}

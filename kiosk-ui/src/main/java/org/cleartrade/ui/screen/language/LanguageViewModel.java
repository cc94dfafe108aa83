package org.cleartrade.ui.screen.language;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The first decision: which language the kiosk speaks. Choosing one starts the session. */
public final class LanguageViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final Runnable closeLanguageScreen;

    public LanguageViewModel(SessionModel session, UiText text, Runnable closeLanguageScreen) {
        super(session, text);
        this.closeLanguageScreen = closeLanguageScreen;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("language.title"));
        hint.set(text.get("language.hint"));
        setPrompt(text.get("language.title"));
    }

    public List<Language> languages() {
        return text.offered().languages();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public void choose(Language language) {
        text.switchTo(language);
        session.send(new SessionEvent.LanguageChosen(text.offered().tagFor(language)));
        // The language screen stays up until the session leaves the attract phase: no flash back.
        session.send(new SessionEvent.Start());
    }

    /** Back to the attract screen without starting. */
    public void back() {
        closeLanguageScreen.run();
    }
}

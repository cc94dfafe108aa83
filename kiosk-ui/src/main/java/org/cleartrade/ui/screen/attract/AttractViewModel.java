package org.cleartrade.ui.screen.attract;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The idle screen: what the kiosk does, said in every language it offers, and a large button per
 * language that starts in it. Each greeting is written in its own language, so the buttons keep
 * their words, and so their places, whatever language the last seller left on.
 */
public final class AttractViewModel extends ScreenViewModel {

    /** One offered language: its line of welcome and its start button's label, both in that language. */
    public record Greeting(Language language, String title, String start) {}

    private final ReadOnlyStringWrapper promise = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper startLabel = new ReadOnlyStringWrapper();
    private final List<Greeting> greetings;
    private final Runnable openLanguageScreen;

    /** @param openLanguageScreen shows the language choice; the session starts from there */
    public AttractViewModel(SessionModel session, UiText text, Runnable openLanguageScreen) {
        super(session, text);
        this.openLanguageScreen = openLanguageScreen;
        this.greetings = text.offered().languages().stream()
                .map(l -> new Greeting(
                        l, text.getIn(l, "attract.title"), l.nativeName() + " · " + text.getIn(l, "attract.startIn")))
                .toList();
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("attract.title"));
        promise.set(text.get("attract.promise"));
        startLabel.set(text.get("attract.start"));
        setPrompt(text.get("attract.title") + " " + text.get("attract.start"));
    }

    /** The offered languages in the jurisdiction's order, each greeting in its own words. */
    public List<Greeting> greetings() {
        return greetings;
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

    /** Starts a session in {@code language} straight from the attract screen. */
    public void startIn(Language language) {
        text.switchTo(language);
        session.send(new SessionEvent.LanguageChosen(text.offered().tagFor(language)));
        session.send(new SessionEvent.Start());
    }
}

package org.cleartrade.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.session.SessionModel;
import org.cleartrade.ui.speech.SpeechOutput;
import org.cleartrade.ui.speech.SpokenMoney;

/**
 * The frame around every screen: which screen shows, the progress strip, the language switch, the
 * large-text mode and spoken prompts.
 *
 * <p>Threading: UI thread only.
 */
public final class ShellViewModel {

    private final SessionModel session;
    private final UiText text;
    private final SpeechOutput speech;
    private final ReadOnlyObjectWrapper<ScreenId> screen = new ReadOnlyObjectWrapper<>(ScreenId.ATTRACT);
    private final ReadOnlyBooleanWrapper languageScreenOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tradingHeld = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper largeText = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper speechOn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper largeTextLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speechLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keypadHint = new ReadOnlyStringWrapper("");
    private final boolean largeTextAtStart;
    private final boolean speechAtStart;
    /** The kiosk's configured language ({@code kiosk.language}): every new seller is greeted in it. */
    private final Language greeting;

    public ShellViewModel(SessionModel session, UiText text, SpeechOutput speech, boolean largeText, boolean speechOn) {
        this.session = session;
        this.text = text;
        this.greeting = text.language();
        this.speech = speech;
        this.largeTextAtStart = largeText;
        this.speechAtStart = speechOn && speech.available();
        this.largeText.set(largeText);
        this.speechOn.set(speechAtStart);
        session.snapshotProperty().addListener((o, before, now) -> follow(before, now));
        languageScreenOpen.addListener((o, before, now) -> route());
        tradingHeld.addListener((o, before, now) -> route());
        text.languageProperty().addListener((o, before, now) -> labels());
        follow(null, session.snapshot());
    }

    private void follow(SessionSnapshot before, SessionSnapshot now) {
        if (before == null || !before.sessionId().equals(now.sessionId())) {
            // A new seller is greeted in the kiosk's configured language (the session itself
            // starts in the jurisdiction's default until the seller starts in a language); a
            // session resumed past the welcome keeps the language its seller chose.
            if (now.phase() == Phase.ATTRACT) {
                text.switchTo(greeting);
            } else {
                Language.fromTag(now.language()).ifPresent(text::switchTo);
            }
            if (before != null) {
                resetForNextSeller();
            }
        }
        if (now.phase() != Phase.ATTRACT) {
            languageScreenOpen.set(false);
        }
        route();
    }

    /** The last seller's large text and speech are theirs: the next one starts as configured. */
    private void resetForNextSeller() {
        speech.stop();
        largeText.set(largeTextAtStart);
        speechOn.set(speechAtStart);
    }

    /**
     * While trading is held, the attract and language screens give way to the held screen; a
     * session already under way (a trade resumed after a restart) keeps its screens.
     */
    private void route() {
        ScreenId routed = ScreenRouter.route(session.snapshot(), languageScreenOpen.get());
        boolean between = routed == ScreenId.ATTRACT || routed == ScreenId.LANGUAGE;
        ScreenId next = tradingHeld.get() && between ? ScreenId.HELD : routed;
        if (next != screen.get()) {
            keypadHint.set("");
        }
        screen.set(next);
        labels();
    }

    /** A device problem holds trading (or no longer does): the seller sees the held screen. */
    public void holdTrading(boolean held) {
        if (held) {
            languageScreenOpen.set(false);
        }
        tradingHeld.set(held);
    }

    public ReadOnlyBooleanProperty tradingHeldProperty() {
        return tradingHeld.getReadOnlyProperty();
    }

    private void labels() {
        ScreenId id = screen.get();
        step.set(id.step());
        stepLabel.set(
                id.step() == 0 ? "" : text.get("progress.label", id.step(), ScreenId.STEPS, text.get(id.stepKey())));
        largeTextLabel.set(text.get("header.largeText"));
        speechLabel.set(text.get("header.speech"));
    }

    public ReadOnlyObjectProperty<ScreenId> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepLabelProperty() {
        return stepLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty largeTextProperty() {
        return largeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty largeTextLabelProperty() {
        return largeTextLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speechOnProperty() {
        return speechOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speechLabelProperty() {
        return speechLabel.getReadOnlyProperty();
    }

    public boolean speechAvailable() {
        return speech.available();
    }

    /** The languages the header offers, in the jurisdiction's order. */
    public List<Language> languages() {
        return text.offered().languages();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return text.languageProperty();
    }

    /** Switches the language at once and tells the session, which journals the choice. */
    public void chooseLanguage(Language language) {
        text.switchTo(language);
        if (!session.snapshot().phase().isFinal()) {
            session.send(new SessionEvent.LanguageChosen(text.offered().tagFor(language)));
        }
    }

    public void openLanguageScreen() {
        languageScreenOpen.set(true);
    }

    public void closeLanguageScreen() {
        languageScreenOpen.set(false);
    }

    public void toggleLargeText() {
        largeText.set(!largeText.get());
    }

    public void toggleSpeech() {
        speechOn.set(speech.available() && !speechOn.get());
        if (!speechOn.get()) {
            speech.stop();
        }
    }

    /** What the keypad asks before a control that ends the trade acts; empty when nothing waits. */
    public ReadOnlyStringProperty keypadHintProperty() {
        return keypadHint.getReadOnlyProperty();
    }

    /** A keypad press armed {@code action}: shows and says that a second press confirms it. */
    public void askToConfirm(String action) {
        keypadHint.set(text.get("keypad.confirm", action));
        prompt(keypadHint.get());
    }

    public void clearKeypadHint() {
        keypadHint.set("");
    }

    /**
     * A screen appeared or moved on in place: says its title and prompt (once, when the prompt
     * already starts with the title), then its answers, if the seller turned speech on.
     */
    public void announce(String title, String prompt, List<String> answers) {
        String spoken = prompt == null || prompt.isBlank()
                ? title
                : title == null || title.isBlank() || prompt.startsWith(title) ? prompt : title + ". " + prompt;
        prompt(spoken);
        List<String> named =
                answers.stream().filter(a -> a != null && !a.isBlank()).toList();
        if (!named.isEmpty()) {
            prompt(text.get("speech.answers", String.join(", ", named)));
        }
    }

    /** The keypad moved the focus to a control: says its name. */
    public void focused(String control) {
        prompt(control);
    }

    /** Says {@code words}, amounts in words, after whatever is being said, if the seller turned speech on. */
    public void prompt(String words) {
        if (speechOn.get() && words != null && !words.isBlank()) {
            speech.say(SpokenMoney.of(words, text.language()), text.language());
        }
    }
}

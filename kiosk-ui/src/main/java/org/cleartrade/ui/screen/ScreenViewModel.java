package org.cleartrade.ui.screen;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.session.SessionModel;

/**
 * What every screen's view model shares: it follows the session snapshot and the language, and
 * recomputes its read-only properties in {@link #refresh}. View models never touch controls, so
 * they are tested without a stage.
 *
 * <p>Threading: UI thread only.
 */
public abstract class ScreenViewModel {

    protected final SessionModel session;
    protected final UiText text;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    protected ScreenViewModel(SessionModel session, UiText text) {
        this.session = session;
        this.text = text;
    }

    /** Subclasses call this last in their constructor, once their own fields exist. */
    protected final void follow() {
        session.snapshotProperty().addListener((o, before, now) -> update(now));
        text.languageProperty().addListener((o, before, now) -> update(session.snapshot()));
        update(session.snapshot());
    }

    private void update(SessionSnapshot snapshot) {
        notice.set(snapshot.fault()
                .map(f -> text.get("fault." + f.reason().name()))
                .orElse(""));
        refresh(snapshot);
    }

    /** Recomputes every property from the snapshot, in the current language. */
    protected abstract void refresh(SessionSnapshot snapshot);

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the speech engine says when the screen appears or changes. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /**
     * What went wrong, in the seller's words, and what happens next; empty when nothing did. The
     * device's own words stay in the operator's log.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    protected void setTitle(String value) {
        title.set(value);
    }

    protected void setPrompt(String value) {
        prompt.set(value);
    }
}

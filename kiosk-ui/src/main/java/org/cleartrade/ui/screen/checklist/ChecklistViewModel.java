package org.cleartrade.ui.screen.checklist;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The security checklist: what to do before selling, and why, item by item. */
public final class ChecklistViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChecklistRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public ChecklistViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("checklist.title"));
        intro.set(text.get("checklist.intro"));
        rows.setAll(ChecklistRows.of(snapshot.phone().checklist(), text));
        setPrompt(text.get("checklist.title") + " " + text.get("checklist.intro"));
    }

    public ReadOnlyStringProperty introProperty() {
        return intro.getReadOnlyProperty();
    }

    public ObservableList<ChecklistRow> rows() {
        return readOnlyRows;
    }

    public void done() {
        session.send(new SessionEvent.ChecklistDone());
    }

    public void cancel() {
        session.send(new SessionEvent.Cancel());
    }
}

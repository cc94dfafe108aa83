package org.cleartrade.ui.screen.refusal;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.RefusalReason;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.screen.checklist.ChecklistRow;
import org.cleartrade.ui.screen.checklist.ChecklistRows;
import org.cleartrade.ui.session.SessionModel;

/**
 * The phone (or the seller) was refused: the reason in plain words, how to fix it, and whether
 * fixing it on the spot and trying again can work.
 */
public final class RefusalViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper fix = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();

    public RefusalViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("refusal.title"));
        RefusalReason why = snapshot.refusal().orElse(null);
        String key = why == null ? "refusal.UNKNOWN" : "refusal." + why.name();
        reason.set(text.get(key + ".reason"));
        fix.set(text.get(key + ".fix"));
        retryable.set(why != null && why.fixable());
        rows.setAll(ChecklistRows.of(snapshot.phone().checklist(), text));
        setPrompt(reason.get() + " " + fix.get());
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixProperty() {
        return fix.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable.getReadOnlyProperty();
    }

    public ObservableList<ChecklistRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public void retry() {
        session.send(new SessionEvent.Retry());
    }

    public void takePhoneBack() {
        session.send(new SessionEvent.Cancel());
    }
}

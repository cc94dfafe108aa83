package org.cleartrade.ui.screen.inspection;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.screen.checklist.ChecklistRow;
import org.cleartrade.ui.screen.checklist.ChecklistRows;
import org.cleartrade.ui.session.SessionModel;

/** While the kiosk inspects the phone and checks its IMEI: what it is doing, and what it verified. */
public final class InspectionViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper phoneName = new ReadOnlyStringWrapper();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();

    public InspectionViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("inspect.title"));
        activity.set(
                snapshot.phase() == Phase.CHECKING_BLOCK_LIST
                        ? text.get("inspect.blockList")
                        : text.get("inspect.reading"));
        phoneName.set(snapshot.phone()
                .inspection()
                .map(r -> text.get(
                        "inspect.phone", r.identity().marketName(), r.identity().storageGb()))
                .orElse(""));
        rows.setAll(ChecklistRows.of(snapshot.phone().checklist(), text, ChecklistRows.brandOf(snapshot)));
        setPrompt(activity.get());
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneNameProperty() {
        return phoneName.getReadOnlyProperty();
    }

    public ObservableList<ChecklistRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}

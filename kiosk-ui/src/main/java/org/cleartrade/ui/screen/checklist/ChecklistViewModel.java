package org.cleartrade.ui.screen.checklist;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.screen.dock.BrandFamily;
import org.cleartrade.ui.session.SessionModel;

/**
 * The security checklist: what to do before selling, why, and how on the seller's own phone. The
 * seller picks their phone's maker (until a docked phone says it), and opens one item at a time to
 * read its steps; both belong to one seller and are forgotten for the next.
 */
public final class ChecklistViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChecklistRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<BrandFamily> brand = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChecklistItem.Topic> opened =
            new ReadOnlyObjectWrapper<>(ChecklistItem.Topic.CLOUD_ACCOUNTS);
    private String sellerSession = "";

    public ChecklistViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        if (!snapshot.sessionId().equals(sellerSession)) {
            sellerSession = snapshot.sessionId();
            brand.set(null);
            opened.set(ChecklistItem.Topic.CLOUD_ACCOUNTS);
        }
        ChecklistRows.brandOf(snapshot).ifPresent(brand::set);
        setTitle(text.get("checklist.title"));
        intro.set(text.get("checklist.intro"));
        rows.setAll(ChecklistRows.of(snapshot.phone().checklist(), text, Optional.ofNullable(brand.get())));
        setPrompt(text.get("checklist.title") + " " + text.get("checklist.intro"));
    }

    /** The seller says which maker their phone is: the steps become that maker's. */
    public void chooseBrand(BrandFamily family) {
        brand.set(family);
        refresh(session.snapshot());
    }

    /** Opens an item's steps, or closes them when they are open. */
    public void toggle(ChecklistItem.Topic topic) {
        opened.set(opened.get() == topic ? null : topic);
    }

    public ReadOnlyObjectProperty<BrandFamily> brandProperty() {
        return brand.getReadOnlyProperty();
    }

    /** The item whose steps are shown, or null. */
    public ReadOnlyObjectProperty<ChecklistItem.Topic> openedProperty() {
        return opened.getReadOnlyProperty();
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

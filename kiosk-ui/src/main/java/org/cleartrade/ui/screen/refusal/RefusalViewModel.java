package org.cleartrade.ui.screen.refusal;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.RefusalReason;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PhaseVisit;
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
    private final ReadOnlyStringWrapper checkedAgain = new ReadOnlyStringWrapper("");
    /** The refusal the seller asked to check again, and how many checks found it still there. */
    private PhaseVisit retriedFrom = PhaseVisit.NONE;

    private PhaseVisit shown = PhaseVisit.NONE;
    private int stillThere;
    private Instant checkedAt = Instant.EPOCH;

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
        rows.setAll(ChecklistRows.of(snapshot.phone().checklist(), text, ChecklistRows.brandOf(snapshot)));
        noticeARepeatedRefusal(snapshot);
        wordCheckedAgain();
        setPrompt((checkedAgain.get().isEmpty() ? "" : checkedAgain.get() + " ") + reason.get() + " " + fix.get());
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

    /**
     * "Check again" sends the phone back to inspection; when it comes back refused, it is a new
     * visit to this screen, and without a word the seller could not tell that anything happened.
     */
    private void noticeARepeatedRefusal(SessionSnapshot snapshot) {
        if (snapshot.phase() != Phase.REFUSED) {
            return;
        }
        PhaseVisit visit = PhaseVisit.of(snapshot);
        if (visit.equals(shown)) {
            return;
        }
        shown = visit;
        boolean sameSeller = retriedFrom.sessionId().equals(visit.sessionId());
        if (sameSeller && !retriedFrom.equals(visit)) {
            stillThere++;
            retriedFrom = PhaseVisit.NONE;
            checkedAt = snapshot.phaseSince();
        } else if (!sameSeller) {
            stillThere = 0;
        }
    }

    private void wordCheckedAgain() {
        checkedAgain.set(stillThere == 0 ? "" : text.get("refusal.checkedAgain", text.time(checkedAt), stillThere));
    }

    /** After "Check again" found the problem still there: when, and how many checks so far. */
    public ReadOnlyStringProperty checkedAgainProperty() {
        return checkedAgain.getReadOnlyProperty();
    }

    public void retry() {
        retriedFrom = PhaseVisit.of(session.snapshot());
        session.send(new SessionEvent.Retry());
    }

    public void takePhoneBack() {
        session.send(new SessionEvent.Cancel());
    }
}

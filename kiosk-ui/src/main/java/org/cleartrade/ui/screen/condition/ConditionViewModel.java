package org.cleartrade.ui.screen.condition;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PhaseVisit;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.screen.checklist.ChecklistRow;
import org.cleartrade.ui.screen.checklist.ChecklistRows;
import org.cleartrade.ui.session.SessionModel;

/**
 * The condition questions, one decision per screen: does it power on, the screen, the body, water.
 * The answers go to the session together once the last one is given. The answers given so far
 * belong to one {@link PhaseVisit}: the next seller, or the same seller sent back to the
 * questions, starts at the first question.
 */
public final class ConditionViewModel extends ScreenViewModel {

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<String>> answers = new ReadOnlyObjectWrapper<>(List.of());
    private final List<String> given = new ArrayList<>();
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final ObservableList<ChecklistRow> checked = FXCollections.observableArrayList();
    private PhaseVisit askedFor = PhaseVisit.NONE;

    public ConditionViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        if (snapshot.phase() == Phase.CONDITION && !PhaseVisit.of(snapshot).equals(askedFor)) {
            askedFor = PhaseVisit.of(snapshot);
            given.clear();
        }
        found.set(snapshot.phone()
                .inspection()
                .map(r -> text.get(
                                "condition.found",
                                r.identity().marketName(),
                                r.identity().storageGb())
                        + r.batteryHealthPercent().stream()
                                .mapToObj(p -> " " + text.get("condition.battery", p))
                                .findFirst()
                                .orElse(""))
                .orElse(""));
        checked.setAll(ChecklistRows.of(snapshot.phone().checklist(), text, ChecklistRows.brandOf(snapshot)));
        show();
    }

    /** What inspection read from the phone, shown before any price: model, storage, battery. */
    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** The checklist as inspection left it: ticked where the kiosk verified it. */
    public ObservableList<ChecklistRow> checked() {
        return FXCollections.unmodifiableObservableList(checked);
    }

    private void show() {
        ConditionQuestion q = ConditionQuestion.values()[Math.min(given.size(), ConditionQuestion.values().length - 1)];
        index.set(given.size());
        setTitle(text.get("condition.title"));
        question.set(text.get(q.key() + ".question"));
        hint.set(text.get(q.key() + ".hint"));
        counter.set(text.get("condition.counter", given.size() + 1, ConditionQuestion.values().length));
        answers.set(q.answers().stream().map(a -> text.get(q.key() + "." + a)).toList());
        setPrompt(question.get());
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** The answers to the current question, as button labels, in order. */
    public ReadOnlyObjectProperty<List<String>> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    /** Picks answer {@code choice} (0-based) of the current question. */
    public void answer(int choice) {
        if (given.size() >= ConditionQuestion.values().length) {
            return; // a second tap while the answers are on their way
        }
        ConditionQuestion q = ConditionQuestion.values()[given.size()];
        given.add(q.answers().get(choice));
        if (given.size() == ConditionQuestion.values().length) {
            session.send(new SessionEvent.ConditionAnswered(condition()));
        } else {
            show();
        }
    }

    public boolean canGoBack() {
        return !given.isEmpty() && given.size() < ConditionQuestion.values().length;
    }

    public void back() {
        if (canGoBack()) {
            given.remove(given.size() - 1);
            show();
        }
    }

    public void cancel() {
        session.send(new SessionEvent.Cancel());
    }

    private Condition condition() {
        return new Condition(
                given.get(0).equals("yes"),
                Condition.Screen.valueOf(given.get(1)),
                Condition.Body.valueOf(given.get(2)),
                given.get(3).equals("yes"));
    }
}

package org.cleartrade.ui.screen.condition;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;
import org.cleartrade.ui.screen.checklist.ChecklistNode;

/** Binds one condition question and its answers as large buttons. */
public final class ConditionView {

    private ConditionView() {}

    public static ScreenView create(ConditionViewModel vm, UiText text) {
        VBox answers = new VBox(24);
        vm.answersProperty().addListener((o, before, now) -> fill(answers, now, vm));
        fill(answers, vm.answersProperty().get(), vm);
        Button back = button(text.bind("common.back"), "secondary", vm::back);
        back.setId("back");
        back.disableProperty().bind(vm.indexProperty().isEqualTo(0));
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        cancel.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Label counter = label(vm.counterProperty(), "muted");
        counter.setId("condition-counter");
        return new ScreenView(
                page(
                        actions(cancel, back),
                        counter,
                        label(vm.questionProperty(), "title"),
                        label(vm.hintProperty(), "body"),
                        answers,
                        found(vm, text)),
                vm);
    }

    /**
     * What the kiosk found, below the answers: it never pushes them down, and it scrolls with the
     * page above the decisions rather than in a box of its own.
     */
    private static VBox found(ConditionViewModel vm, UiText text) {
        Label phone = label(vm.foundProperty(), "body");
        phone.setId("condition-found");
        VBox card = card(
                label(text.bind("condition.checkedTitle"), "card-title"),
                phone,
                new ChecklistNode(vm.checked(), false));
        card.setId("condition-checked");
        card.visibleProperty().bind(vm.foundProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static void fill(VBox box, List<String> labels, ConditionViewModel vm) {
        box.getChildren().clear();
        for (int i = 0; i < labels.size(); i++) {
            int choice = i;
            String label = labels.get(i);
            Button b = button(Bindings.createStringBinding(() -> label), "secondary", () -> vm.answer(choice));
            b.setId("answer-" + i);
            box.getChildren().add(b);
        }
    }
}

package org.cleartrade.ui.screen.condition;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenView;

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
        Label counter = label(vm.counterProperty(), "muted");
        counter.setId("condition-counter");
        return new ScreenView(
                page(
                        actions(cancel, back),
                        counter,
                        label(vm.questionProperty(), "title"),
                        label(vm.hintProperty(), "body"),
                        answers),
                vm);
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

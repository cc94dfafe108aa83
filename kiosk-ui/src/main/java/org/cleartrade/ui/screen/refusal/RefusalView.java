package org.cleartrade.ui.screen.refusal;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;
import org.cleartrade.ui.screen.checklist.ChecklistNode;

/** Binds the refusal screen: why, how to fix it, and the two ways on. */
public final class RefusalView {

    private RefusalView() {}

    public static ScreenView create(RefusalViewModel vm, UiText text) {
        Label checkedAgain = label(vm.checkedAgainProperty(), "body", "checked-again");
        checkedAgain.setId("checked-again");
        VBox why = new VBox(12, checkedAgain, label(vm.reasonProperty(), "title"), label(vm.fixProperty(), "body"));
        why.getStyleClass().addAll("notice", "refusal");
        Button back = button(text.bind("refusal.takeBack"), "secondary", vm::takePhoneBack);
        back.setId("take-back");
        back.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Button retry = button(text.bind("refusal.retry"), "primary", vm::retry);
        retry.setId("retry");
        retry.visibleProperty().bind(vm.retryableProperty());
        return new ScreenView(page(actions(back, retry), why, new ChecklistNode(vm.rows(), false)), vm);
    }
}

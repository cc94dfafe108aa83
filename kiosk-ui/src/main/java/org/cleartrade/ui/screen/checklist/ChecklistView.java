package org.cleartrade.ui.screen.checklist;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the security checklist. */
public final class ChecklistView {

    private ChecklistView() {}

    public static ScreenView create(ChecklistViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        Button done = button(text.bind("checklist.done"), "primary", vm::done);
        done.setId("checklist-done");
        return new ScreenView(
                page(actions(cancel, done), label(vm.introProperty(), "body"), new ChecklistNode(vm.rows(), true)), vm);
    }
}

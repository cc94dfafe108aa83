package org.cleartrade.ui.screen.dock;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the dock coaching screen. */
public final class DockView {

    private DockView() {}

    public static ScreenView create(DockViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setPrefSize(140, 140);
        return new ScreenView(
                page(
                        actions(cancel),
                        label(vm.instructionProperty(), "title"),
                        card(label(vm.detailProperty(), "body")),
                        waiting),
                vm);
    }
}

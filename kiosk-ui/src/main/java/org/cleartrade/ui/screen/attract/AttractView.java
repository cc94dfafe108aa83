package org.cleartrade.ui.screen.attract;

import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the attract screen. */
public final class AttractView {

    private AttractView() {}

    public static ScreenView create(AttractViewModel vm) {
        Button start = button(vm.startLabelProperty(), "primary", vm::start);
        start.setId("start");
        start.setMaxWidth(760);
        start.setMinHeight(180);
        VBox box = new VBox(60, label(vm.titleProperty(), "hero"), label(vm.promiseProperty(), "body"), start);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("content", "attract");
        return new ScreenView(box, vm);
    }
}

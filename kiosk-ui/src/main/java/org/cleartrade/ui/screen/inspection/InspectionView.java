package org.cleartrade.ui.screen.inspection;

import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenView;
import org.cleartrade.ui.screen.checklist.ChecklistNode;

/** Binds the inspection progress screen. Nothing to decide here: the seller waits and watches. */
public final class InspectionView {

    private InspectionView() {}

    public static ScreenView create(InspectionViewModel vm) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(90, 90);
        HBox activity = new HBox(24, busy, label(vm.activityProperty(), "body"));
        VBox box = new VBox(28, activity, label(vm.phoneNameProperty(), "title"), new ChecklistNode(vm.rows(), false));
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }
}

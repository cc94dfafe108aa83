package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/** The end of a restock: the signed manifest's id, whether its paper printed, what it lists. */
final class FinishView {

    private FinishView() {}

    static VBox create(OperatorViewModel vm) {
        UiText text = vm.text();
        Label id = ScreenParts.label(vm.manifestIdProperty(), "manifest-id");
        id.setId("manifest-id");
        Label printed = ScreenParts.label(vm.manifestPrintedProperty(), "body");
        printed.setId("manifest-printed");
        return ScreenParts.page(
                ScreenParts.actions(
                        button(text.bind("operator.finish.back"), "secondary", "finish-back", vm::showBins),
                        button(text.bind("operator.signOut"), "primary", "finish-signout", vm::signOut)),
                id,
                printed,
                ScreenParts.card(OperatorParts.lines(vm.manifestLines(), "manifest-line", "manifest-lines")));
    }
}

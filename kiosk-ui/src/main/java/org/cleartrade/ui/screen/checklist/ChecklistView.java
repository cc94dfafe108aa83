package org.cleartrade.ui.screen.checklist;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;
import org.cleartrade.ui.screen.dock.BrandFamily;

/** Binds the security checklist: the maker picker, then the items with the opened item's steps. */
public final class ChecklistView {

    private ChecklistView() {}

    public static ScreenView create(ChecklistViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        cancel.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Button done = button(text.bind("checklist.done"), "primary", vm::done);
        done.setId("checklist-done");
        return new ScreenView(
                page(
                        actions(cancel, done),
                        label(vm.introProperty(), "body"),
                        brands(vm, text),
                        new ChecklistNode(
                                vm.rows(), vm.openedProperty(), vm::toggle, text.bind("checklist.howButton"))),
                vm);
    }

    private static VBox brands(ChecklistViewModel vm, UiText text) {
        FlowPane brands = new FlowPane(16, 16);
        brands.getStyleClass().add("coach-brands");
        for (BrandFamily family : BrandFamily.values()) {
            Button b = button(text.bind("checklist.brand." + family.name()), "secondary", () -> vm.chooseBrand(family));
            b.setId("brand-" + family.name().toLowerCase(Locale.ROOT));
            b.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            vm.brandProperty().addListener((o, before, now) -> ScreenParts.chosen(b, now == family));
            ScreenParts.chosen(b, vm.brandProperty().get() == family);
            brands.getChildren().add(b);
        }
        return ScreenParts.card(label(text.bind("checklist.brand.heading"), "body"), brands);
    }
}

package org.cleartrade.ui.screen.dock;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the dock coaching screen, with the USB-debugging steps per maker while no phone is seen. */
public final class DockView {

    private DockView() {}

    public static ScreenView create(DockViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        cancel.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setPrefSize(140, 140);
        return new ScreenView(
                page(
                        actions(cancel),
                        label(vm.instructionProperty(), "title"),
                        card(label(vm.detailProperty(), "body")),
                        coach(vm, text),
                        waiting),
                vm);
    }

    private static VBox coach(DockViewModel vm, UiText text) {
        FlowPane brands = new FlowPane(16, 16);
        brands.getStyleClass().add("coach-brands");
        for (BrandFamily family : BrandFamily.androidFamilies()) {
            Button b = button(text.bind("dock.coach.brand." + family.name()), "secondary", () -> vm.coach(family));
            b.setId("coach-" + family.name().toLowerCase(Locale.ROOT));
            vm.brandProperty().addListener((o, before, now) -> ScreenParts.chosen(b, now == family));
            ScreenParts.chosen(b, vm.brandProperty().get() == family);
            brands.getChildren().add(b);
        }
        Label steps = label(vm.coachStepsProperty(), "body");
        steps.setId("coach-steps");
        steps.visibleProperty().bind(vm.coachStepsProperty().isNotEmpty());
        steps.managedProperty().bind(steps.visibleProperty());
        VBox coach = card(label(text.bind("dock.coach.heading"), "body"), brands, steps);
        coach.visibleProperty().bind(vm.coachOfferedProperty());
        coach.managedProperty().bind(coach.visibleProperty());
        return coach;
    }
}

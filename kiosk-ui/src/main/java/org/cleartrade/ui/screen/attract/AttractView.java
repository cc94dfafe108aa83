package org.cleartrade.ui.screen.attract;

import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenView;

/**
 * Binds the attract screen: a welcome line in each offered language, and under it a large button
 * per language, in the same order and place whatever language is current.
 */
public final class AttractView {

    private AttractView() {}

    public static ScreenView create(AttractViewModel vm) {
        VBox welcome = new VBox(12);
        welcome.setAlignment(Pos.CENTER);
        VBox languages = new VBox(24);
        languages.setAlignment(Pos.CENTER);
        languages.setId("attract-languages");
        for (AttractViewModel.Greeting g : vm.greetings()) {
            Label line = new Label(g.title());
            line.getStyleClass().add(welcome.getChildren().isEmpty() ? "hero" : "attract-welcome");
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.setId("attract-welcome-" + g.language().tag());
            welcome.getChildren().add(line);
            Button b = button(Bindings.createStringBinding(g::start), "primary", () -> vm.startIn(g.language()));
            b.setId("attract-language-" + g.language().tag());
            b.getStyleClass().add("attract-language");
            b.setMaxWidth(860);
            languages.getChildren().add(b);
        }
        Button start = button(vm.startLabelProperty(), "secondary", vm::start);
        start.setId("start");
        start.setMaxWidth(760);
        VBox box = new VBox(48, welcome, label(vm.promiseProperty(), "body"), languages, start);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("content", "attract");
        return new ScreenView(box, vm);
    }
}

package org.cleartrade.ui.screen.held;

import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the "not taking phones right now" screen: words only, no start button. */
public final class HeldView {

    private HeldView() {}

    public static ScreenView create(HeldViewModel vm) {
        Label title = label(vm.titleProperty(), "hero");
        title.setId("held-title");
        Label body = label(vm.bodyProperty(), "body");
        body.setId("held-body");
        Label next = label(vm.nextProperty(), "title");
        next.setId("held-next");
        VBox box = new VBox(60, title, body, card(next));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("content", "attract", "held");
        return new ScreenView(box, vm);
    }
}

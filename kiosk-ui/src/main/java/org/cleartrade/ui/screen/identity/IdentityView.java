package org.cleartrade.ui.screen.identity;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;

/**
 * Binds the ID step. While this screen is showing, every typed character goes to the view model:
 * a keyboard-wedge scanner "types" the licence barcode.
 */
public final class IdentityView {

    private IdentityView() {}

    public static ScreenView create(IdentityViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        cancel.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Node page = page(
                actions(cancel),
                label(vm.instructionProperty(), "title"),
                card(label(vm.privacyProperty(), "body")),
                label(vm.statusProperty(), "body"));
        EventHandler<KeyEvent> wedge = e -> {
            if (!e.getCharacter().isEmpty() && e.getCharacter() != KeyEvent.CHAR_UNDEFINED) {
                vm.scannerTyped(e.getCharacter());
                e.consume();
            }
        };
        page.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_TYPED, wedge);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_TYPED, wedge);
            }
        });
        return new ScreenView(page, vm);
    }
}

package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;
import static org.cleartrade.ui.operator.OperatorParts.caption;
import static org.cleartrade.ui.operator.OperatorParts.field;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * Operator id and PIN. The PIN shows only as dots; digits come from the pad or the keyboard, Enter
 * signs in. Only binds and delegates.
 */
final class PinPadView {

    private PinPadView() {}

    static VBox create(OperatorViewModel vm) {
        UiText text = vm.text();
        TextField id = field("operator-id", text.bind("operator.pin.idPrompt"));
        id.textProperty().bindBidirectional(vm.operatorIdProperty());
        id.setOnAction(e -> vm.signIn());
        Label mask = new Label();
        mask.textProperty().bind(vm.pinMaskProperty());
        mask.setId("operator-pin");
        mask.getStyleClass().add("pin-mask");
        mask.setMaxWidth(Double.MAX_VALUE);

        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        pad.setAlignment(Pos.CENTER);
        pad.setHgap(20);
        pad.setVgap(20);
        // Three equal columns whose keys fill them: "Clear" and "Sign in" are longer words than the
        // digits, and must not push the rows out of line.
        for (int column = 0; column < 3; column++) {
            ColumnConstraints equal = new ColumnConstraints();
            equal.setPercentWidth(100.0 / 3);
            pad.getColumnConstraints().add(equal);
        }
        for (int d = 1; d <= 9; d++) {
            pad.add(digit(vm, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button back = button(text.bind("operator.pin.back"), "secondary", "pin-back", vm::backspace);
        back.getStyleClass().add("pin-key");
        back.setMaxWidth(Double.MAX_VALUE);
        pad.add(back, 0, 3);
        pad.add(digit(vm, 0), 1, 3);
        Button signIn = button(text.bind("operator.pin.signIn"), "primary", "pin-signin", vm::signIn);
        signIn.getStyleClass().add("pin-key");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(vm.busyProperty());
        pad.add(signIn, 2, 3);

        Button toKeyboard = button(
                text.bind("operator.pin.toKeyboard"), "secondary", "pin-id-keyboard", () -> vm.showIdKeyboard(true));
        toKeyboard.getStyleClass().add("pin-key");
        GridPane keyboard = IdKeyboardView.create(vm);
        // One of the two at a time: the id keyboard while the id is typed, then the PIN pad.
        keyboard.visibleProperty().bind(vm.idKeyboardProperty());
        keyboard.managedProperty().bind(keyboard.visibleProperty());
        pad.visibleProperty().bind(vm.idKeyboardProperty().not());
        pad.managedProperty().bind(pad.visibleProperty());
        id.setOnMouseClicked(e -> vm.showIdKeyboard(true));
        mask.setOnMouseClicked(e -> vm.showIdKeyboard(false));

        Button cancel = button(text.bind("operator.pin.cancel"), "secondary", "pin-cancel", vm::cancel);
        VBox page = ScreenParts.page(
                ScreenParts.actions(cancel),
                caption(text.bind("operator.pin.idLabel")),
                id,
                caption(text.bind("operator.pin.pinLabel")),
                mask,
                keyboard,
                pad,
                ScreenParts.actions(toKeyboard));
        toKeyboard.visibleProperty().bind(pad.visibleProperty());
        toKeyboard.managedProperty().bind(toKeyboard.visibleProperty());
        page.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (id.isFocused() || c.isEmpty() || vm.idKeyboardProperty().get()) {
                return;
            }
            if (Character.isDigit(c.charAt(0))) {
                vm.digit(c.charAt(0) - '0');
                e.consume();
            }
        });
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && !id.isFocused()) {
                vm.backspace();
                e.consume();
            }
        });
        return page;
    }

    private static Button digit(OperatorViewModel vm, int d) {
        Button b = new Button(Integer.toString(d));
        b.setId("pin-" + d);
        b.getStyleClass().addAll("secondary", "pin-key", "operator-button");
        b.setOnAction(e -> vm.digit(d));
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}

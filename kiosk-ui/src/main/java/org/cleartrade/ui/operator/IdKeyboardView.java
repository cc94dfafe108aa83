package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.cleartrade.ui.i18n.UiText;

/**
 * The on-screen keyboard for a staff id: digits, letters and the three marks ids may hold, in nine
 * columns so every key stays a full finger wide. Staff ids like {@code ann} or {@code tech-lee}
 * need letters, which the PIN pad does not have. Only binds and delegates.
 */
final class IdKeyboardView {

    static final String KEYS = "123456789" + "0abcdefgh" + "ijklmnopq" + "rstuvwxyz";
    private static final int COLUMNS = 9;

    private IdKeyboardView() {}

    static GridPane create(OperatorViewModel vm) {
        UiText text = vm.text();
        GridPane keys = new GridPane();
        keys.setId("id-keyboard");
        keys.getStyleClass().add("id-keyboard");
        keys.setAlignment(Pos.CENTER);
        keys.setHgap(10);
        keys.setVgap(10);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            keys.getColumnConstraints().add(column);
        }
        for (int i = 0; i < KEYS.length(); i++) {
            keys.add(key(vm, KEYS.charAt(i)), i % COLUMNS, i / COLUMNS);
        }
        int last = KEYS.length() / COLUMNS;
        keys.add(key(vm, '-'), 0, last);
        keys.add(key(vm, '.'), 1, last);
        keys.add(key(vm, '_'), 2, last);
        Button back = button(text.bind("operator.pin.back"), "secondary", "id-key-back", vm::idBackspace);
        stretch(back);
        keys.add(back, 3, last, 2, 1);
        Button next = button(text.bind("operator.pin.toPin"), "primary", "id-key-next", () -> vm.showIdKeyboard(false));
        stretch(next);
        keys.add(next, 5, last, 4, 1);
        return keys;
    }

    private static Button key(OperatorViewModel vm, char c) {
        Button b = new Button(String.valueOf(c));
        b.setId("id-key-" + (Character.isLetterOrDigit(c) ? String.valueOf(c) : Integer.toString(c)));
        b.getStyleClass().addAll("secondary", "id-key", "operator-button");
        b.setFocusTraversable(false);
        stretch(b);
        b.setOnAction(e -> vm.idKey(c));
        return b;
    }

    private static void stretch(Button b) {
        b.setMaxWidth(Double.MAX_VALUE);
        GridPane.setFillWidth(b, true);
    }
}

package org.cleartrade.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.operator.ServiceExit;

/**
 * Kiosk mode's only way out: the window ignores close requests, and Ctrl+Shift+Q asks for a
 * technician's id and PIN, checked by {@link ServiceExit} (PBKDF2, lockout, audit) on the
 * background executor. The window closes only when the console says {@code kiosk.exit}.
 */
public final class OperatorExit {

    private static final KeyCombination EXIT =
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Supplier<Optional<ServiceExit>> exit;
    private final TaskExecutor executor;
    private final Stage stage;

    /** @param exit empty while the kiosk is still assembling its ledger and devices */
    public OperatorExit(Supplier<Optional<ServiceExit>> exit, TaskExecutor executor, Stage stage) {
        this.exit = exit;
        this.executor = executor;
        this.stage = stage;
    }

    public void install() {
        stage.setOnCloseRequest(e -> e.consume());
        stage.getScene().getAccelerators().put(EXIT, this::ask);
    }

    private void ask() {
        Optional<ServiceExit> ready = exit.get();
        if (ready.isEmpty()) {
            return;
        }
        TextField id = new TextField();
        id.setPromptText("Technician id");
        PasswordField pin = new PasswordField();
        pin.setPromptText("PIN");
        VBox fields = new VBox(12, id, pin);
        fields.setPadding(new Insets(12));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setHeaderText("Close the kiosk for service");
        dialog.getDialogPane().setContent(fields);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(stage);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            String operatorId = id.getText();
            char[] typed = pin.getText().toCharArray();
            pin.clear();
            executor.runInBackground(() -> {
                if (ready.get().attempt(operatorId, typed).exit()) {
                    executor.runOnUi(stage::hide);
                }
            });
        });
    }
}

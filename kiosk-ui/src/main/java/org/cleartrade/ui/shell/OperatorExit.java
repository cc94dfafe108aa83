package org.cleartrade.ui.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Kiosk mode's only way out: the window ignores close requests, and Ctrl+Shift+Q asks for the
 * operator PIN, compared by its SHA-256 with the configured hash. The PIN itself is never stored.
 */
public final class OperatorExit {

    private static final KeyCombination EXIT =
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final String pinSha256;
    private final Stage stage;

    public OperatorExit(String pinSha256, Stage stage) {
        this.pinSha256 = pinSha256;
        this.stage = stage;
    }

    public void install() {
        stage.setOnCloseRequest(e -> e.consume());
        stage.getScene().getAccelerators().put(EXIT, this::ask);
    }

    private void ask() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setHeaderText("Operator PIN");
        PasswordField pin = new PasswordField();
        dialog.getDialogPane().setContent(pin);
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(ignored -> {
            if (matches(pin.getText(), pinSha256)) {
                stage.hide();
            }
        });
    }

    /** Whether {@code pin} hashes to {@code sha256Hex}, compared in constant time. */
    static boolean matches(String pin, String sha256Hex) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pin.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(digest, HexFormat.of().parseHex(sha256Hex));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

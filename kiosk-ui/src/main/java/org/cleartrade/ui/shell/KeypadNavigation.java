package org.cleartrade.ui.shell;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tactile keypad support (ADA kiosk practice): arrow keys and Tab move the focus through every
 * control of the screen, Enter or Space presses the focused control. Keypads send these as plain
 * key events, so the same handler serves a keyboard.
 */
public final class KeypadNavigation implements EventHandler<KeyEvent> {

    private final Runnable onAnyInput;

    /** @param onAnyInput told of every key, so the idle timer restarts */
    public KeypadNavigation(Runnable onAnyInput) {
        this.onAnyInput = onAnyInput;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent event) {
        onAnyInput.run();
        Node focused = event.getTarget() instanceof Node n ? n : null;
        if (event.getCode() == KeyCode.ENTER && focused instanceof ButtonBase button && !button.isDisabled()) {
            button.fire();
            event.consume();
        } else if (focused != null && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.RIGHT)) {
            focused.fireEvent(tab(focused, false));
            event.consume();
        } else if (focused != null && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.LEFT)) {
            focused.fireEvent(tab(focused, true));
            event.consume();
        }
    }

    /** A Tab press on the focused node; the scene's own traversal moves the focus on from there. */
    private static KeyEvent tab(Node from, boolean back) {
        return new KeyEvent(from, from, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, back, false, false, false);
    }
}

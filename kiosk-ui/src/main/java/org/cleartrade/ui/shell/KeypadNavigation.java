package org.cleartrade.ui.shell;

import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * Tactile keypad support (ADA kiosk practice): arrow keys and Tab move the focus through every
 * control of the screen, Enter or Space presses the focused control. Keypads send these as plain
 * key events, so the same handler serves a keyboard.
 *
 * <p>A control that ends the trade or gives the phone back ({@link ScreenParts#DESTRUCTIVE}) acts
 * on its second press only: the first one arms it and asks to confirm, and moving the focus
 * disarms it. A touch tap is deliberate; a key press may land on a focus nobody noticed.
 */
public final class KeypadNavigation implements EventHandler<KeyEvent> {

    /** Told when a control waits for its confirming press, and when it no longer does. */
    public interface Confirmation {
        void armed(ButtonBase control);

        void disarmed();
    }

    private static final PseudoClass ARMED = PseudoClass.getPseudoClass("confirming");

    private final Runnable onAnyInput;
    private final Confirmation confirmation;
    private ButtonBase armed;

    /** @param onAnyInput told of every key, so the idle timer restarts */
    public KeypadNavigation(Runnable onAnyInput, Confirmation confirmation) {
        this.onAnyInput = onAnyInput;
        this.confirmation = confirmation;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
        scene.focusOwnerProperty().addListener((o, before, now) -> disarm());
    }

    @Override
    public void handle(KeyEvent event) {
        onAnyInput.run();
        Node focused = event.getTarget() instanceof Node n ? n : null;
        boolean press = event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE;
        if (press && focused instanceof ButtonBase button && !button.isDisabled()) {
            event.consume();
            press(button);
        } else if (focused != null && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.RIGHT)) {
            focused.fireEvent(tab(focused, false));
            event.consume();
        } else if (focused != null && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.LEFT)) {
            focused.fireEvent(tab(focused, true));
            event.consume();
        }
    }

    private void press(ButtonBase button) {
        if (button.getStyleClass().contains(ScreenParts.DESTRUCTIVE) && armed != button) {
            disarm();
            armed = button;
            button.pseudoClassStateChanged(ARMED, true);
            confirmation.armed(button);
            return;
        }
        disarm();
        button.fire();
    }

    private void disarm() {
        if (armed != null) {
            armed.pseudoClassStateChanged(ARMED, false);
            armed = null;
            confirmation.disarmed();
        }
    }

    /** A Tab press on the focused node; the scene's own traversal moves the focus on from there. */
    private static KeyEvent tab(Node from, boolean back) {
        return new KeyEvent(from, from, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, back, false, false, false);
    }
}

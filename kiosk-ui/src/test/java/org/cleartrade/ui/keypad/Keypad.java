package org.cleartrade.ui.keypad;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cleartrade.ui.shell.KioskScene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tactile keypad on the kiosk: each press goes to whatever holds the focus, as the hardware's key
 * events do, and is counted. Between presses the UI thread finishes its pulse, so focus moves the
 * scene makes on its own (after a control leaves the screen) have happened.
 */
public final class Keypad {

    private static final int MOST_MOVES = 20;

    private final FxRobot robot;
    private final KioskScene scene;
    private int presses;

    public Keypad(FxRobot robot, KioskScene scene) {
        this.robot = robot;
        this.scene = scene;
    }

    public int presses() {
        return presses;
    }

    public String focusedId() {
        Node owner = scene.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    public void press(KeyCode key) {
        presses++;
        robot.interact(() -> {
            Node target = scene.scene().getFocusOwner() == null
                    ? scene.scene().getRoot()
                    : scene.scene().getFocusOwner();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves down to the control {@code id} and presses Enter; returns how many moves it took. */
    public int enter(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        int moves = 0;
        while (!id.equals(focusedId())) {
            if (++moves > MOST_MOVES) {
                throw new AssertionError("#" + id + " never took the focus; it stays on #" + focusedId());
            }
            press(KeyCode.DOWN);
        }
        press(KeyCode.ENTER);
        return moves;
    }
}

package org.cleartrade.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * The answers a screen offers now (its shown, enabled buttons, in order), and where the keypad's
 * focus starts among them: the primary decision when it can be pressed, else the first answer that
 * does not end the trade, else the first control at all.
 */
final class ScreenAnswers {

    private ScreenAnswers() {}

    static List<ButtonBase> all(Node screen) {
        List<ButtonBase> controls = new ArrayList<>();
        collect(screen, controls);
        return controls;
    }

    static Optional<ButtonBase> first(Node screen) {
        List<ButtonBase> controls = all(screen);
        return controls.stream()
                .filter(ScreenAnswers::isPrimary)
                .findFirst()
                .or(() -> controls.stream()
                        .filter(b -> !b.getStyleClass().contains(ScreenParts.DESTRUCTIVE))
                        .findFirst())
                .or(() -> controls.stream().findFirst());
    }

    /**
     * The screen's primary decision while it cannot yet be pressed: disabled (consent waits for its
     * gate) or not shown yet ("Check again" once the refusal knows it can be fixed).
     */
    static Optional<ButtonBase> waitingPrimary(Node screen) {
        List<ButtonBase> all = new ArrayList<>();
        collectAll(screen, all);
        return all.stream()
                .filter(b -> isPrimary(b) && (!b.isVisible() || b.isDisabled()))
                .findFirst();
    }

    static boolean isPrimary(ButtonBase control) {
        return control.getStyleClass().contains("primary");
    }

    /** Whether {@code node} can hold the focus: in a scene, shown all the way up, enabled. */
    static boolean usable(Node node) {
        if (node == null || node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Node node, List<ButtonBase> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof ButtonBase b) {
            if (b.isFocusTraversable()) {
                out.add(b);
            }
            return;
        }
        for (Node child : children(node)) {
            collect(child, out);
        }
    }

    private static void collectAll(Node node, List<ButtonBase> out) {
        if (node instanceof ButtonBase b) {
            out.add(b);
            return;
        }
        for (Node child : children(node)) {
            collectAll(child, out);
        }
    }

    /** A scroll pane's content counts as its child even before its skin exists. */
    private static List<Node> children(Node node) {
        if (node instanceof ScrollPane sp) {
            return sp.getContent() == null ? List.of() : List.of(sp.getContent());
        }
        return node instanceof Parent p ? p.getChildrenUnmodifiable() : List.of();
    }
}

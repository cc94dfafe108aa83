package org.cleartrade.ui.screen;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolling for text that can grow: a vertical scroll pane as wide as the screen (never sideways)
 * that a finger can drag, and that brings the keypad's focus into view.
 */
public final class ScreenScroll extends ScrollPane {

    private ScreenScroll(Node content) {
        super(content);
    }

    /**
     * Finds controls in the content even before the first layout pulse has given the scroll pane
     * its skin (and so its children), as a screen built and driven in the same pulse needs.
     */
    @Override
    public Node lookup(String selector) {
        Node found = super.lookup(selector);
        return found == null && getContent() != null ? getContent().lookup(selector) : found;
    }

    public static ScrollPane around(Node content) {
        ScrollPane scroll = new ScreenScroll(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /** Whenever the focus moves, scrolls every scroll pane around the new focus owner to show it. */
    public static void followFocus(Scene scene) {
        scene.focusOwnerProperty().addListener((o, before, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
    }

    static void reveal(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                show(scroll, node);
            }
        }
    }

    private static void show(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewport;
        if (inContent == null || room <= 0) {
            return;
        }
        double top = scroll.getVvalue() * room;
        if (inContent.getMinY() < top) {
            scroll.setVvalue(inContent.getMinY() / room);
        } else if (inContent.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (inContent.getMaxY() - viewport) / room));
        }
    }
}

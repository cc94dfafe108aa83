package org.cleartrade.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colour painted behind a node: the topmost background fill of the node or its nearest
 * ancestors, translucent fills composed over what lies below them, white at the bottom (the
 * kiosk's paper).
 */
final class Backdrop {

    private Backdrop() {}

    static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            Color fill = topFill(n);
            if (fill != null) {
                layers.add(fill);
                if (fill.getOpacity() >= 1) {
                    break;
                }
            }
        }
        Color result = Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = Contrast.over(layers.get(i), result);
        }
        return result;
    }

    /** The behind-colour of a node's parent: what surrounds the node itself. */
    static Color around(Node node) {
        return node.getParent() == null ? Color.WHITE : behind(node.getParent());
    }

    private static Color topFill(Node n) {
        if (!(n instanceof Region r) || r.getBackground() == null) {
            return null;
        }
        List<BackgroundFill> fills = r.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
        }
        return null;
    }
}

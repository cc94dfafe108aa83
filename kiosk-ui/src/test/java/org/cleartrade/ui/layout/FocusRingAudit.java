package org.cleartrade.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.cleartrade.ui.layout.LayoutAudit.Finding;

/**
 * Focuses every control and focusable panel a keypad can reach and checks that focus shows (WCAG
 * 2.2 SC 1.4.11 and 2.4.7): a border stroke at least 2 px wide, at least 3:1 against the colour
 * around the control, that is not there when the control is not focused. Puts the focus back
 * where it was.
 *
 * <p>Threading: UI thread, on a scene that is showing and whose window has focus.
 */
final class FocusRingAudit {

    static final double MIN_WIDTH = 2;

    private FocusRingAudit() {}

    static List<Finding> check(Region screen) {
        List<Finding> findings = new ArrayList<>();
        Node before = screen.getScene().getFocusOwner();
        List<Region> reachable = new ArrayList<>();
        collect(screen, reachable);
        for (Region control : reachable) {
            // Measured unfocused: the screen may already have put the focus on this control.
            screen.requestFocus();
            control.applyCss();
            List<BorderStroke> plain = strokes(control);
            control.requestFocus();
            control.applyCss();
            if (!control.isFocused()) {
                findings.add(new Finding("NO-FOCUS", LayoutAudit.describe(control), "cannot take the keypad focus"));
                continue;
            }
            String problem = problem(control, plain, strokes(control));
            if (problem != null) {
                findings.add(new Finding("FOCUS-RING", LayoutAudit.describe(control), problem));
            }
        }
        if (before != null) {
            before.requestFocus();
        }
        screen.applyCss();
        return findings;
    }

    /** Why the focused control's ring does not show, or null when it does. */
    static String problem(Region control, List<BorderStroke> plain, List<BorderStroke> focused) {
        Color around = Backdrop.around(control);
        double best = 0;
        for (BorderStroke s : focused) {
            if (plain.contains(s) || s.getWidths().getTop() < MIN_WIDTH) {
                continue;
            }
            if (s.getTopStroke() instanceof Color c) {
                best = Math.max(best, Contrast.ratio(Contrast.over(c, around), around));
            }
        }
        if (best >= Contrast.LARGE_TEXT) {
            return null;
        }
        return best == 0
                ? "no ring of " + MIN_WIDTH + " px or more appears on focus"
                : String.format(Locale.ROOT, "ring contrast %.2f:1 < 3:1 against %s", best, around);
    }

    private static List<BorderStroke> strokes(Region region) {
        Border border = region.getBorder();
        return border == null ? List.of() : List.copyOf(border.getStrokes());
    }

    private static void collect(Node node, List<Region> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (LayoutAudit.isTarget(node) && node.isFocusTraversable()) {
            out.add((Control) node);
            return;
        }
        // A panel that takes the focus itself (an alert card), with controls of its own inside.
        if (!(node instanceof Control) && node instanceof Region region && node.isFocusTraversable()) {
            out.add(region);
        }
        if (node instanceof ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}

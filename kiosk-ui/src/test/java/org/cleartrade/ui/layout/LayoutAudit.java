package org.cleartrade.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Checks one laid-out kiosk screen the way a seller meets it: every Labeled shows its whole text
 * (no "…", no clipped line), every touch target is at least {@value #TARGET} px each way, nothing
 * lies outside the screen (content in a scroll pane may lie below its viewport, never beside it),
 * a button whose text may wrap centres its lines, and text meets WCAG 2.2 AA contrast against
 * what is painted behind it. Focus rings are checked by {@link FocusRingAudit}.
 *
 * <p>Threading: UI thread, on a scene that is showing.
 */
final class LayoutAudit {

    /** Touch targets: twice the 48 px minimum, as the kiosk theme promises. */
    static final double TARGET = 96;

    /** One broken rule at one node. */
    record Finding(String rule, String where, String detail) {
        @Override
        public String toString() {
            return rule + " " + where + ": " + detail;
        }
    }

    private final Region screen;
    private final List<Finding> findings = new ArrayList<>();

    private LayoutAudit(Region screen) {
        this.screen = screen;
    }

    /** Lays out {@code screen}'s scene and returns every broken rule on it. */
    static List<Finding> check(Region screen) {
        // Twice: a scroll bar that appears in the first pass narrows the content in the second.
        for (int pass = 0; pass < 2; pass++) {
            screen.getScene().getRoot().applyCss();
            screen.getScene().getRoot().layout();
        }
        LayoutAudit audit = new LayoutAudit(screen);
        audit.visit(screen, null);
        return audit.findings;
    }

    private void visit(Node node, ScrollPane scroller) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (isTarget(node)) {
            checkTarget((Control) node);
        }
        if (node instanceof ButtonBase button
                && button.isWrapText()
                && button.getTextAlignment() != TextAlignment.CENTER) {
            // Wrapped onto two lines, left-aligned lines look like a misplaced label, not a button.
            add("OFF-CENTRE", button, "a wrapping button's lines are aligned " + button.getTextAlignment());
        }
        if (node instanceof Control || node instanceof Text) {
            checkInside(node, scroller);
        }
        ScrollPane inner = node instanceof ScrollPane sp ? sp : scroller;
        if (node instanceof ScrollPane sp && sp.getContent() != null) {
            visit(sp.getContent(), inner);
            return;
        }
        // A text field scrolls its own text inside it: a long path typed there is not outside.
        if (node instanceof Parent parent && !(node instanceof Labeled) && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner);
            }
        }
    }

    static boolean isTarget(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>;
    }

    private void checkText(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        String shown = shownText(labeled);
        if (shown == null) {
            add("NO-TEXT", labeled, "the skin shows no text for \"" + clip(full) + "\"");
        } else if (!shown.equals(full)) {
            add("CUT", labeled, "shows \"" + clip(shown) + "\" of \"" + clip(full) + "\"");
        }
        if (!labeled.isDisabled() && labeled.getTextFill() instanceof Color fill) {
            Color back = Backdrop.behind(labeled);
            double ratio = Contrast.ratio(Contrast.over(fill, back), back);
            boolean bold = labeled.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
            double needed = Contrast.large(labeled.getFont().getSize(), bold) ? Contrast.LARGE_TEXT : Contrast.TEXT;
            if (ratio < needed) {
                add(
                        "CONTRAST",
                        labeled,
                        String.format(
                                Locale.ROOT,
                                "%.2f:1 < %.1f:1 (%s on %s, %.0f px)",
                                ratio,
                                needed,
                                fill,
                                back,
                                labeled.getFont().getSize()));
            }
        }
    }

    /** The text the Labeled's skin actually draws, after wrapping and any ellipsis. */
    static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private void checkTarget(Control control) {
        Bounds b = control.getLayoutBounds();
        if (b.getWidth() < TARGET - 0.5 || b.getHeight() < TARGET - 0.5) {
            add("SMALL", control, String.format(Locale.ROOT, "%.0f x %.0f px", b.getWidth(), b.getHeight()));
        }
    }

    private void checkInside(Node node, ScrollPane scroller) {
        Bounds b = screen.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (b.getWidth() == 0 && b.getHeight() == 0) {
            return;
        }
        double minX = 0;
        double maxX = screen.getWidth();
        double minY = 0;
        double maxY = screen.getHeight();
        if (scroller != null) {
            Bounds port = screen.sceneToLocal(scroller.localToScene(scroller.getLayoutBounds()));
            minX = port.getMinX();
            maxX = port.getMaxX();
            // Below or above the viewport is fine: the seller scrolls there.
            minY = Double.NEGATIVE_INFINITY;
            maxY = Double.POSITIVE_INFINITY;
        }
        double slack = 0.5;
        if (b.getMinX() < minX - slack
                || b.getMaxX() > maxX + slack
                || b.getMinY() < minY - slack
                || b.getMaxY() > maxY + slack) {
            add(
                    "OUTSIDE",
                    node,
                    String.format(
                            Locale.ROOT,
                            "at x %.0f..%.0f, y %.0f..%.0f; room x %.0f..%.0f, y %.0f..%.0f",
                            b.getMinX(),
                            b.getMaxX(),
                            b.getMinY(),
                            b.getMaxY(),
                            minX,
                            maxX,
                            minY,
                            maxY));
        }
    }

    private void add(String rule, Node node, String detail) {
        findings.add(new Finding(rule, describe(node), detail));
    }

    /** The node's id or kind and text, and the nearest ancestor with an id. */
    static String describe(Node node) {
        String self =
                node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        if (node instanceof Labeled l && l.getText() != null && node.getId() == null) {
            self += "(\"" + clip(l.getText()) + "\")";
        } else if (node instanceof Text t) {
            self += "(\"" + clip(t.getText()) + "\")";
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return self + " in #" + p.getId();
            }
        }
        return self;
    }

    private static String clip(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 48 ? oneLine : oneLine.substring(0, 47) + "…";
    }
}

package org.cleartrade.ui.screen;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The few building blocks every screen is made of, so views stay a list of bindings. Styles come
 * from {@code kiosk.css} through style classes only.
 */
public final class ScreenParts {

    /**
     * Style class of a button that ends the trade or gives the phone back: the keypad asks for a
     * second press before it acts (a tap is deliberate; a key may land on an unnoticed focus).
     */
    public static final String DESTRUCTIVE = "destructive";

    private ScreenParts() {}

    public static Label label(ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // Never squeezed to a line and an ellipsis: the page scrolls instead.
        label.setMinHeight(Region.USE_PREF_SIZE);
        // Empty labels take no room, so optional lines do not leave gaps.
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    public static Button button(ObservableValue<String> text, String style, Runnable action) {
        Button button = new Button();
        button.setWrapText(true);
        button.textProperty().bind(text);
        button.getStyleClass().add(style);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Buttons side by side, each taking an equal share of the width. */
    public static HBox actions(Button... buttons) {
        HBox row = new HBox(28);
        row.setAlignment(Pos.CENTER);
        for (Button b : buttons) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.managedProperty().bind(b.visibleProperty());
        }
        row.getChildren().addAll(buttons);
        // As tall as the tallest wrapped label: the theme's 96 px minimum would cut a second line.
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }

    /**
     * A screen body: content at the top, the screen's decisions at the bottom. Content that does
     * not fit (large text, a long language) scrolls above the decisions, which always stay in view.
     */
    public static VBox page(Node actions, Node... content) {
        VBox body = new VBox(28);
        body.getChildren().addAll(content);
        ScrollPane scroll = ScreenScroll.around(body);
        // The content keeps its own height and scrolls; only the screen around it stretches.
        scroll.setFitToHeight(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox page = new VBox(28, scroll, actions);
        page.getStyleClass().add("content");
        return page;
    }

    /** One of several choices (a phone maker): the chosen one filled, the others outlined. */
    public static void chosen(ButtonBase choice, boolean chosen) {
        choice.getStyleClass().removeAll("primary", "secondary");
        choice.getStyleClass().add(chosen ? "primary" : "secondary");
    }

    public static VBox card(Node... content) {
        VBox card = new VBox();
        card.getStyleClass().add("card");
        card.getChildren().addAll(content);
        return card;
    }
}

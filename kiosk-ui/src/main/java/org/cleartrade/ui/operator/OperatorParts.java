package org.cleartrade.ui.operator;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenParts;

/** Small builders the operator views share, on top of the seller screens' {@link ScreenParts}. */
final class OperatorParts {

    private OperatorParts() {}

    static Button button(ObservableValue<String> text, String style, String id, Runnable action) {
        Button b = ScreenParts.button(text, style, action);
        b.setId(id);
        b.getStyleClass().add("operator-button");
        return b;
    }

    static TextField field(String id, ObservableValue<String> prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.promptTextProperty().bind(prompt);
        f.getStyleClass().add("operator-field");
        return f;
    }

    static Label caption(ObservableValue<String> text) {
        Label l = ScreenParts.label(text, "operator-caption");
        return l;
    }

    /** A column of labels that follows {@code lines}, one label per line. */
    static VBox lines(ObservableList<String> lines, String styleClass, String id) {
        VBox box = new VBox(8);
        box.setId(id);
        box.getStyleClass().add("operator-lines");
        Runnable fill = () -> box.getChildren()
                .setAll(lines.stream()
                        .map(line -> {
                            Label l = new Label(line);
                            l.setWrapText(true);
                            l.setMaxWidth(Double.MAX_VALUE);
                            // Without this the box squeezes a long line to one row and an ellipsis.
                            l.setMinHeight(Region.USE_PREF_SIZE);
                            l.getStyleClass().addAll("body", styleClass);
                            return l;
                        })
                        .toList());
        lines.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }
}

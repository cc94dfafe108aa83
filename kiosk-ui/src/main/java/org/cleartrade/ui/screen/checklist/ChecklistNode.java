package org.cleartrade.ui.screen.checklist;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The checklist as rows: a mark, the item, and either its why and how (before docking) or what
 * inspection found (after). The mark is never the only signal: the status is written out too.
 */
public final class ChecklistNode extends VBox {

    private final boolean detailed;

    public ChecklistNode(ObservableList<ChecklistRow> rows, boolean detailed) {
        super(14);
        this.detailed = detailed;
        getStyleClass().add("checklist");
        rows.addListener((ListChangeListener<ChecklistRow>) c -> rebuild(rows));
        rebuild(rows);
    }

    private void rebuild(ObservableList<ChecklistRow> rows) {
        getChildren().clear();
        for (ChecklistRow row : rows) {
            Label mark = new Label(row.mark());
            mark.getStyleClass().add("tick");
            switch (row.tick()) {
                case VERIFIED -> mark.getStyleClass().add("verified");
                case FAILED -> mark.getStyleClass().add("failed");
                default -> {}
            }
            VBox words = new VBox(4);
            words.getChildren().add(text(row.title(), "body"));
            if (detailed) {
                words.getChildren().add(text(row.why(), "muted"));
            } else {
                words.getChildren().add(text(row.status(), "muted"));
            }
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(mark, words);
            line.getStyleClass().add("check-row");
            line.setId("check-" + row.topic().name());
            getChildren().add(line);
        }
    }

    private static Label text(String value, String style) {
        Label l = new Label(value);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}

package org.cleartrade.ui.screen.checklist;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * The checklist as rows: a mark, the item, and either its why and how (before docking) or what
 * inspection found (after). Before docking, one item at a time shows its step-by-step how, opened
 * with the item's own button; after, an item inspection found undone shows its steps at once. The
 * mark is never the only signal: the status is written out too.
 */
public final class ChecklistNode extends VBox {

    private final boolean detailed;
    private final ObservableValue<ChecklistItem.Topic> opened;
    private final Consumer<ChecklistItem.Topic> toggle;
    private final ObservableValue<String> howLabel;

    /** The checklist after docking: status lines, with the steps of anything that failed. */
    public ChecklistNode(ObservableList<ChecklistRow> rows, boolean detailed) {
        this(rows, detailed, new javafx.beans.property.SimpleObjectProperty<>(), t -> {}, null);
    }

    /**
     * The checklist before docking: each item's why, and the steps of the {@code opened} item.
     *
     * @param howLabel the caption of the button that opens an item's steps
     */
    public ChecklistNode(
            ObservableList<ChecklistRow> rows,
            ObservableValue<ChecklistItem.Topic> opened,
            Consumer<ChecklistItem.Topic> toggle,
            ObservableValue<String> howLabel) {
        this(rows, true, opened, toggle, howLabel);
    }

    private ChecklistNode(
            ObservableList<ChecklistRow> rows,
            boolean detailed,
            ObservableValue<ChecklistItem.Topic> opened,
            Consumer<ChecklistItem.Topic> toggle,
            ObservableValue<String> howLabel) {
        super(14);
        this.detailed = detailed;
        this.opened = opened;
        this.toggle = toggle;
        this.howLabel = howLabel;
        getStyleClass().add("checklist");
        rows.addListener((ListChangeListener<ChecklistRow>) c -> rebuild(rows));
        opened.addListener((o, before, now) -> rebuild(rows));
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
                if (row.topic() == opened.getValue()) {
                    Label how = text(row.how(), "body");
                    how.getStyleClass().add("checklist-how");
                    how.setId("how-" + row.topic().name());
                    words.getChildren().add(how);
                }
                if (howLabel != null) {
                    words.getChildren().add(howButton(row));
                }
            } else {
                words.getChildren().add(text(row.status(), "muted"));
                if (row.tick() == ChecklistItem.Tick.FAILED) {
                    Label how = text(row.how(), "body");
                    how.setId("how-" + row.topic().name());
                    words.getChildren().add(how);
                }
            }
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(mark, words);
            line.getStyleClass().add("check-row");
            line.setId("check-" + row.topic().name());
            getChildren().add(line);
        }
    }

    private Button howButton(ChecklistRow row) {
        Button b = ScreenParts.button(
                Bindings.createStringBinding(howLabel::getValue, howLabel),
                "secondary",
                () -> toggle.accept(row.topic()));
        b.setId("how-button-" + row.topic().name());
        // Eight buttons read "Show me how": said aloud, each names the step it opens.
        b.accessibleTextProperty()
                .bind(Bindings.createStringBinding(() -> howLabel.getValue() + ": " + row.title(), howLabel));
        b.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.getStyleClass().add("checklist-how-button");
        return b;
    }

    private static Label text(String value, String style) {
        Label l = new Label(value);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}

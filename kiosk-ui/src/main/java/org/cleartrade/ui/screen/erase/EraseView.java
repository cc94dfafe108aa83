package org.cleartrade.ui.screen.erase;

import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the erase progress screen. */
public final class EraseView {

    private EraseView() {}

    public static ScreenView create(EraseViewModel vm) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox stages = new VBox(18);
        vm.stagesProperty().addListener((o, before, now) -> fill(stages, now));
        fill(stages, vm.stagesProperty().get());
        VBox box = new VBox(40, bar, stages, card(label(vm.adviceProperty(), "body")));
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }

    private static void fill(VBox box, List<EraseViewModel.Stage> stages) {
        box.getChildren().clear();
        for (EraseViewModel.Stage s : stages) {
            Label l = new Label((s.done() ? "✓  " : s.current() ? "▶  " : "•  ") + s.label());
            l.getStyleClass().add(s.current() ? "title" : "body");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
    }
}

package org.cleartrade.ui.screen.quote;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the offer: the amount large, the breakdown beneath, accept or decline. */
public final class QuoteView {

    private QuoteView() {}

    public static ScreenView create(QuoteViewModel vm, UiText text) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(160, 160);
        busy.visibleProperty().bind(vm.pricingProperty());
        busy.managedProperty().bind(vm.pricingProperty());
        Label amount = label(vm.amountProperty(), "amount");
        amount.setId("offer-amount");
        amount.setAlignment(Pos.CENTER);
        VBox lines = new VBox();
        vm.breakdownProperty().addListener((o, before, now) -> fill(lines, now));
        fill(lines, vm.breakdownProperty().get());
        VBox breakdown = card(lines);
        breakdown.visibleProperty().bind(vm.pricingProperty().not());
        breakdown.managedProperty().bind(breakdown.visibleProperty());
        Button decline = button(text.bind("quote.decline"), "secondary", vm::decline);
        decline.setId("decline");
        decline.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Button accept = button(text.bind("quote.accept"), "primary", vm::accept);
        accept.setId("accept");
        decline.visibleProperty().bind(vm.pricingProperty().not());
        accept.visibleProperty().bind(vm.pricingProperty().not());
        return new ScreenView(
                page(
                        actions(decline, accept),
                        busy,
                        label(vm.phoneProperty(), "body"),
                        gradeMeaning(vm),
                        amount,
                        breakdown,
                        label(vm.validityProperty(), "body"),
                        label(vm.nextStepsProperty(), "muted")),
                vm);
    }

    private static void fill(VBox lines, List<BreakdownLine> rows) {
        lines.getChildren().clear();
        for (BreakdownLine row : rows) {
            // The reason wraps into whatever the amount leaves, so a long reason in large text
            // never pushes the amount past the screen's edge.
            Label left = new Label(row.label());
            left.setWrapText(true);
            left.setMinWidth(0);
            left.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(left, Priority.ALWAYS);
            Label right = new Label(row.amount());
            right.setMinWidth(Region.USE_PREF_SIZE);
            left.getStyleClass().add(row.total() ? "title" : "body");
            right.getStyleClass().add(row.total() ? "title" : "body");
            HBox line = new HBox(28, left, right);
            line.getStyleClass().add("breakdown-row");
            lines.getChildren().add(line);
        }
    }

    private static javafx.scene.control.Label gradeMeaning(QuoteViewModel vm) {
        javafx.scene.control.Label meaning = label(vm.gradeMeaningProperty(), "muted");
        meaning.setId("grade-meaning");
        return meaning;
    }
}

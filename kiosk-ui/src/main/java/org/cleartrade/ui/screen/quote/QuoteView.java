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
import javafx.scene.layout.BorderPane;
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
            Label left = new Label(row.label());
            left.setWrapText(true);
            left.setMaxWidth(620);
            Label right = new Label(row.amount());
            left.getStyleClass().add(row.total() ? "title" : "body");
            right.getStyleClass().add(row.total() ? "title" : "body");
            BorderPane line = new BorderPane();
            line.setLeft(left);
            line.setRight(right);
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

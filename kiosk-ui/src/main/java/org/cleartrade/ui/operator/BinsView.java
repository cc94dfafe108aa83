package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * The device check first while it found a problem ({@link DevicesCard}); then open alerts, each
 * with the button that resolves it; then every bin as a card: sensors,
 * trade, hold, warnings, and the button that opens it.
 */
final class BinsView {

    private BinsView() {}

    static VBox create(OperatorViewModel vm) {
        UiText text = vm.text();
        VBox cards = new VBox(20);
        cards.setId("bin-cards");
        Runnable fill = () -> {
            cards.getChildren()
                    .setAll(vm.alerts().stream().map(row -> card(vm, row)).toList());
            cards.getChildren()
                    .addAll(vm.bins().stream().map(row -> card(vm, row)).toList());
        };
        vm.bins().addListener((ListChangeListener<BinRow>) c -> fill.run());
        vm.alerts().addListener((ListChangeListener<AlertRow>) c -> fill.run());
        fill.run();
        // The device check scrolls with the cards: at large text it alone is nearly a screen tall,
        // and above them it pushed the restock buttons off the bottom of the screen.
        VBox scrolled = new VBox(20, DevicesCard.create(vm), cards);
        ScrollPane scroll = new ScrollPane(scrolled);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("operator-scroll");
        // Takes what is left of the screen; the cards scroll inside it.
        scroll.setPrefViewportHeight(400);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label summary = ScreenParts.label(vm.restockSummaryProperty(), "body");
        summary.setId("restock-summary");
        Button finish = button(text.bind("operator.bins.finish"), "primary", "finish-restock", vm::finishRestock);
        finish.disableProperty().bind(vm.busyProperty());
        Button service = button(
                text.bind("operator.bins.returnToService"), "secondary", "return-to-service", vm::returnToService);
        service.disableProperty().bind(vm.busyProperty());
        VBox page = new VBox(24, scroll, summary, ScreenParts.actions(service, finish));
        page.getStyleClass().add("content");
        return page;
    }

    private static VBox card(OperatorViewModel vm, BinRow row) {
        UiText text = vm.text();
        Label heading = new Label(row.heading());
        heading.getStyleClass().add("bin-heading");
        // The bin's name is never cut; in a long language the button beside it wraps instead.
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = button(
                Bindings.createStringBinding(() -> text.get("operator.bins.open", row.bin()), text.languageProperty()),
                "secondary",
                "open-bin-" + row.bin(),
                () -> vm.openBin(row.bin()));
        open.setMaxWidth(Region.USE_PREF_SIZE);
        open.setWrapText(true);
        open.setMinHeight(Region.USE_PREF_SIZE);
        open.setDisable(!row.openable());
        open.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !row.openable() || vm.busyProperty().get(), vm.busyProperty()));
        HBox top = new HBox(16, heading, spacer, open);
        top.getStyleClass().add("bin-top");
        VBox card = new VBox(8, top, line(row.state(), "body"), line(row.trade(), "body"));
        if (!row.hold().isEmpty()) {
            card.getChildren().add(line(row.hold(), "muted"));
        }
        for (String flag : row.flags()) {
            card.getChildren().add(line(flag, "bin-flag"));
        }
        card.getStyleClass().addAll("card", "bin-card");
        if (row.alarming()) {
            card.getStyleClass().add("alarming");
        }
        card.setId("bin-card-" + row.bin());
        return card;
    }

    /**
     * An open alert: what happened, what to do, where, what the seller is still owed, the actions
     * that finish the trade for them, and the button that closes it once nothing is owed.
     */
    private static VBox card(OperatorViewModel vm, AlertRow row) {
        Label heading = line(row.title(), "bin-heading");
        Button resolve = button(
                vm.text().bind("operator.alert.resolve"),
                "secondary",
                "resolve-alert-" + row.domId(),
                () -> vm.resolveAlert(row.alertId()));
        resolve.setMaxWidth(Region.USE_PREF_SIZE);
        resolve.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(() -> !row.resolvable())));
        // Below the text rather than beside it, so a long title in any language never squeezes it.
        FlowPane actions = new FlowPane(12, 12);
        actions.setAlignment(Pos.CENTER_RIGHT);
        for (AlertRow.Action a : row.actions()) {
            Button b = button(
                    Bindings.createStringBinding(a::label),
                    a.action() == TradeRecovery.Action.REPRINT_CERTIFICATE ? "secondary" : "primary",
                    "alert-" + row.domId() + "-"
                            + a.action()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', '-'),
                    () -> vm.recover(row.alertId(), a.action()));
            b.setMaxWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(vm.busyProperty());
            actions.getChildren().add(b);
        }
        actions.getChildren().add(resolve);
        VBox card = new VBox(8, heading, line(row.todo(), "body"));
        if (!row.owed().isEmpty()) {
            Label owed = line(row.owed(), "bin-flag");
            owed.setId("alert-owed-" + row.domId());
            card.getChildren().add(owed);
        }
        card.getChildren().addAll(line(row.where(), "muted"), line(row.detail(), "muted"), actions);
        card.getStyleClass().addAll("card", "bin-card", "alarming", "alert-card");
        card.setId("alert-card-" + row.domId());
        // The page's focus lands here, not on a payment: staff read the alert before acting on it.
        card.setFocusTraversable(true);
        return card;
    }

    private static Label line(String value, String style) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}

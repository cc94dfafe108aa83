package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * The device check at the top of the bins page, shown while it found anything: each problem with
 * what to do, Check again, and, when only the printer holds trading, the button that trades on
 * with receipts on screen. A latch problem offers no such button.
 */
final class DevicesCard {

    private DevicesCard() {}

    static VBox create(OperatorViewModel vm) {
        Label heading = ScreenParts.label(vm.devicesHeadingProperty(), "bin-heading");
        heading.setId("devices-heading");
        VBox problems = new VBox(12);
        problems.setId("device-problems");
        Runnable fill = () -> problems.getChildren()
                .setAll(vm.devices().stream().map(DevicesCard::problem).toList());
        vm.devices().addListener((ListChangeListener<DeviceRow>) c -> fill.run());
        fill.run();
        Label footnote = ScreenParts.label(vm.devicesFootnoteProperty(), "body");
        footnote.setId("devices-footnote");
        footnote.visibleProperty().bind(vm.devicesFootnoteProperty().isNotEmpty());
        footnote.managedProperty().bind(footnote.visibleProperty());
        Button again = button(
                vm.text().bind("operator.devices.checkAgain"), "primary", "devices-check-again", vm::checkDevicesAgain);
        again.setMaxWidth(Region.USE_PREF_SIZE);
        again.disableProperty().bind(vm.busyProperty());
        Button acknowledge = button(
                vm.text().bind("operator.devices.acknowledge"),
                "secondary",
                "devices-acknowledge",
                vm::acknowledgeDevices);
        acknowledge.setMaxWidth(Region.USE_PREF_SIZE);
        acknowledge.visibleProperty().bind(vm.mayAcknowledgeDevicesProperty());
        acknowledge.managedProperty().bind(acknowledge.visibleProperty());
        acknowledge.disableProperty().bind(vm.busyProperty());
        FlowPane actions = new FlowPane(12, 12, acknowledge, again);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, heading, problems, footnote, actions);
        card.getStyleClass().addAll("card", "bin-card", "device-check");
        card.setId("device-check");
        vm.tradingHeldProperty().addListener((o, before, now) -> alarming(card, now));
        alarming(card, vm.tradingHeldProperty().get());
        card.visibleProperty().bind(Bindings.isNotEmpty(vm.devices()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static VBox problem(DeviceRow row) {
        Label title = line(row.title(), "title");
        title.setId("device-problem-title-" + row.domId());
        Label todo = line(row.todo(), "body");
        todo.setId("device-problem-todo-" + row.domId());
        VBox box = new VBox(4, title, todo);
        if (!row.detail().isEmpty()) {
            box.getChildren().add(line(row.detail(), "muted"));
        }
        box.setId("device-problem-" + row.domId());
        if (row.acknowledged()) {
            box.getStyleClass().add("acknowledged");
        }
        return box;
    }

    private static void alarming(VBox card, boolean held) {
        card.getStyleClass().remove("alarming");
        if (held) {
            card.getStyleClass().add("alarming");
        }
    }

    private static Label line(String value, String style) {
        Label l = new Label(value);
        l.setWrapText(true);
        // A wrapped line keeps the height of all its lines: staff must read each step whole.
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}

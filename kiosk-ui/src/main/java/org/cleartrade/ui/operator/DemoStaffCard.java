package org.cleartrade.ui.operator;

import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Demo panel only: the demo staff ids and PINs, and a button per account that types its badge into
 * the kiosk as the keyboard-wedge scanner would. Never built in kiosk mode.
 */
final class DemoStaffCard {

    private DemoStaffCard() {}

    static VBox create(List<DemoOperators.Credential> credentials, Node kioskScreen) {
        Label heading = new Label("Staff (demo): hold the logo 3 s, or scan a badge");
        heading.getStyleClass().add("demo-heading");
        heading.setWrapText(true);
        VBox card = new VBox(6, heading);
        card.setId("demo-staff");
        FlowPane badges = new FlowPane(8, 8);
        badges.setPrefWrapLength(400);
        for (DemoOperators.Credential c : credentials) {
            Label line =
                    new Label(c.role().name().toLowerCase(Locale.ROOT) + ": " + c.operatorId() + "  PIN " + c.pin());
            line.setId("demo-staff-" + c.operatorId());
            card.getChildren().add(line);
            Button badge = new Button("Badge " + c.operatorId());
            badge.setId("demo-badge-" + c.operatorId());
            badge.setFocusTraversable(false);
            badge.setOnAction(e -> typeInto(kioskScreen, BadgeReader.PREFIX + c.operatorId() + "\r"));
            badges.getChildren().add(badge);
        }
        card.getChildren().add(badges);
        return card;
    }

    private static void typeInto(Node target, String text) {
        Scene scene = target.getScene();
        Node focus = scene == null || scene.getFocusOwner() == null ? target : scene.getFocusOwner();
        for (char c : text.toCharArray()) {
            Event.fireEvent(
                    focus,
                    new KeyEvent(
                            KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
        }
    }
}

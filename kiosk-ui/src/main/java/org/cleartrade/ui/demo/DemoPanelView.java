package org.cleartrade.ui.demo;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The demo side panel beside the kiosk screen. Binds and delegates; "scan ID" types the demo
 * licence into the kiosk scene as key events, exactly as a keyboard-wedge scanner would.
 */
public final class DemoPanelView extends VBox {

    public DemoPanelView(DemoPanelViewModel vm, Node kioskScreen) {
        getStyleClass().add("demo-panel");
        setId("demo-panel");
        setMinWidth(USE_PREF_SIZE);
        ComboBox<String> phones = new ComboBox<>();
        phones.getItems().setAll(vm.scenarios());
        phones.valueProperty().bindBidirectional(vm.scenarioProperty());
        phones.setMaxWidth(Double.MAX_VALUE);
        phones.setId("demo-scenario");
        // The panel plays the world around the kiosk: using it must not take the seller's keypad focus.
        phones.setFocusTraversable(false);

        Label bin = new Label();
        bin.textProperty().bind(vm.binStatusProperty());
        bin.setWrapText(true);
        Label printer = new Label();
        printer.textProperty().bind(vm.printerStatusProperty());

        ImageView paper = new ImageView();
        paper.imageProperty().bind(vm.paperProperty());
        paper.setPreserveRatio(true);
        paper.setFitWidth(360);
        ScrollPane roll = new ScrollPane(paper);
        roll.getStyleClass().add("paper-roll");
        roll.setFitToWidth(true);
        roll.setFocusTraversable(false);
        VBox.setVgrow(roll, Priority.ALWAYS);

        getChildren()
                .addAll(
                        heading("Phone on the dock"),
                        phones,
                        row(
                                button("Plug in", "demo-plug", vm::plugPhone),
                                button("Allow USB debugging", "demo-authorize", vm::authorizePhone),
                                button("Unplug", "demo-unplug", vm::unplugPhone)),
                        row(
                                button("Unlock iPhone", "demo-iphone-unlock", vm::unlockIphone),
                                button("Trust", "demo-iphone-trust", vm::trustIphone),
                                button("Don't Trust", "demo-iphone-dont-trust", vm::dontTrustIphone)),
                        heading("Bin"),
                        bin,
                        row(
                                button("Open door", "demo-open-door", vm::openDoor),
                                button("Put phone in", "demo-put-phone", vm::putPhoneIn),
                                button("Take phone out", "demo-take-phone", vm::takePhoneOut),
                                button("Close door", "demo-close-door", vm::closeDoor)),
                        heading("ID scanner"),
                        row(button(
                                "Scan a demo ID (age 34)",
                                "demo-scan-id",
                                () -> typeInto(kioskScreen, vm.demoIdPayload()))),
                        heading("Faults"),
                        row(
                                toggle("Paper out", "demo-paper-out", vm::paperOut),
                                toggle("Latch jam", "demo-latch-jam", vm::jamLatch)),
                        heading("Printer"),
                        printer,
                        roll);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("demo-heading");
        return l;
    }

    private static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setPrefWrapLength(400);
        return row;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ToggleButton toggle(String text, String id, java.util.function.Consumer<Boolean> action) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.accept(b.isSelected()));
        return b;
    }

    /** Fires one KEY_TYPED event per character at the kiosk screen, as a wedge scanner types. */
    static void typeInto(Node target, String text) {
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

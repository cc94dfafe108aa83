package org.cleartrade.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The screen a kiosk shows when it cannot trade at all: its ledger was refused at start or
 * stopped taking commits. Built from plain labels and nothing else, so it shows when the ledger,
 * the devices and the session are all gone; sellers read "out of service" in the kiosk's three
 * languages, the technician reads the reason below it.
 */
public final class OutOfServiceView extends VBox {

    public OutOfServiceView(String reason) {
        Label title = new Label("Out of service\nFuera de servicio\n暂停服务");
        title.getStyleClass().add("out-of-service-title");
        Label detail = new Label(reason);
        detail.setWrapText(true);
        detail.getStyleClass().add("out-of-service-reason");
        getChildren().addAll(title, detail);
        setAlignment(Pos.CENTER);
        getStyleClass().add("out-of-service");
    }
}

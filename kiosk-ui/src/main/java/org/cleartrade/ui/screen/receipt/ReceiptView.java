package org.cleartrade.ui.screen.receipt;

import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.screen.ScreenView;

/**
 * Binds the receipt screen: the certificate's QR, its id and the print status; when it did not
 * print, its plain-words summary and the button the seller presses once they have saved it.
 */
public final class ReceiptView {

    private ReceiptView() {}

    public static ScreenView create(ReceiptViewModel vm, UiText text) {
        QrCodeNode qr = new QrCodeNode(vm.qrPayloadProperty(), 560);
        qr.setId("certificate-qr");
        qr.setMaxWidth(VBox.USE_PREF_SIZE);
        Label status = label(vm.statusProperty(), "title");
        status.setId("receipt-status");
        Label summary = label(vm.summaryProperty(), "body");
        summary.setId("certificate-summary");
        VBox summaryCard = card(summary);
        summaryCard.visibleProperty().bind(vm.onScreenProperty());
        summaryCard.managedProperty().bind(summaryCard.visibleProperty());
        Button saved = button(text.bind("receipt.saved"), "primary", vm::saved);
        saved.setId("receipt-saved");
        saved.visibleProperty().bind(vm.onScreenProperty());
        saved.managedProperty().bind(saved.visibleProperty());
        VBox box = new VBox(
                28,
                status,
                qr,
                label(vm.certificateIdProperty(), "muted"),
                summaryCard,
                saved,
                label(vm.explanationProperty(), "body"));
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }
}

package org.cleartrade.ui.screen.receipt;

import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the receipt screen: the certificate's QR, its id and the print status. */
public final class ReceiptView {

    private ReceiptView() {}

    public static ScreenView create(ReceiptViewModel vm) {
        QrCodeNode qr = new QrCodeNode(vm.qrPayloadProperty(), 560);
        qr.setId("certificate-qr");
        qr.setMaxWidth(VBox.USE_PREF_SIZE);
        VBox box = new VBox(
                28,
                label(vm.statusProperty(), "title"),
                qr,
                label(vm.certificateIdProperty(), "muted"),
                label(vm.explanationProperty(), "body"));
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }
}

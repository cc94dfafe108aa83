package org.cleartrade.ui.screen.payout;

import static org.cleartrade.ui.screen.ScreenParts.label;

import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the payout voucher screen. */
public final class PayoutView {

    private PayoutView() {}

    public static ScreenView create(PayoutViewModel vm) {
        QrCodeNode qr = new QrCodeNode(vm.qrPayloadProperty(), 480);
        qr.setId("voucher-qr");
        qr.setMaxWidth(VBox.USE_PREF_SIZE);
        VBox box = new VBox(
                28,
                label(vm.amountProperty(), "amount"),
                label(vm.statusProperty(), "title"),
                qr,
                label(vm.expiryProperty(), "body"));
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }
}

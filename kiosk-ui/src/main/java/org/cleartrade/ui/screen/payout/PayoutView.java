package org.cleartrade.ui.screen.payout;

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

/** Binds the payout voucher screen, and its on-screen copy when the voucher did not print. */
public final class PayoutView {

    private PayoutView() {}

    public static ScreenView create(PayoutViewModel vm, UiText text) {
        QrCodeNode qr = new QrCodeNode(vm.qrPayloadProperty(), 280);
        qr.setId("voucher-qr");
        qr.setMaxWidth(VBox.USE_PREF_SIZE);
        Label status = label(vm.statusProperty(), "title");
        status.setId("payout-status");
        Label summary = label(vm.summaryProperty(), "body");
        summary.setId("voucher-summary");
        VBox summaryCard = card(summary);
        summaryCard.visibleProperty().bind(vm.onScreenProperty());
        summaryCard.managedProperty().bind(summaryCard.visibleProperty());
        Button saved = button(text.bind("payout.saved"), "primary", vm::saved);
        saved.setId("voucher-saved");
        saved.visibleProperty().bind(vm.onScreenProperty());
        saved.managedProperty().bind(saved.visibleProperty());
        VBox box = new VBox(
                28,
                label(vm.amountProperty(), "amount"),
                status,
                qr,
                summaryCard,
                saved,
                label(vm.expiryProperty(), "body"));
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("content");
        return new ScreenView(box, vm);
    }
}

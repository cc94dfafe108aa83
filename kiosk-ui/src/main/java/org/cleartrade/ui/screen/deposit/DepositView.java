package org.cleartrade.ui.screen.deposit;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the deposit coaching screen and the bin's status. */
public final class DepositView {

    private DepositView() {}

    public static ScreenView create(DepositViewModel vm, UiText text) {
        Button cancel = button(text.bind("deposit.cancel"), "danger", vm::cancel);
        cancel.setId("cancel");
        cancel.visibleProperty().bind(vm.cancellableProperty());
        QrCodeNode certificate = new QrCodeNode(vm.unprintedCertificateProperty(), 420);
        certificate.setId("certificate-qr");
        certificate.setMaxWidth(Region.USE_PREF_SIZE);
        Label bin = label(vm.binLabelProperty(), "amount");
        bin.setId("bin-number");
        return new ScreenView(
                page(
                        actions(cancel),
                        bin,
                        label(vm.instructionProperty(), "title"),
                        card(label(vm.doorStatusProperty(), "body"), label(vm.latchStatusProperty(), "body")),
                        label(vm.unprintedNoteProperty(), "body"),
                        certificate),
                vm);
    }
}

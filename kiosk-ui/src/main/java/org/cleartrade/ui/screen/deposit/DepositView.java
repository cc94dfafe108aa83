package org.cleartrade.ui.screen.deposit;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;

/**
 * Binds the deposit coaching screen: the bin's status, the countdown with "More time", and the
 * confirmation that stands between an erased phone and taking it back.
 */
public final class DepositView {

    private DepositView() {}

    public static ScreenView create(DepositViewModel vm, UiText text) {
        Button cancel = button(text.bind("deposit.cancel"), "danger", vm::cancel);
        cancel.setId("cancel");
        Button moreTime = button(text.bind("deposit.moreTime"), "secondary", vm::moreTime);
        moreTime.setId("more-time");
        HBox actions = actions(moreTime, cancel);
        moreTime.visibleProperty()
                .bind(vm.moreTimeOfferedProperty()
                        .and(vm.confirmingCancelProperty().not()));
        cancel.visibleProperty()
                .bind(vm.cancellableProperty().and(vm.confirmingCancelProperty().not()));

        Button confirm = button(text.bind("deposit.cancel.confirm"), "danger", vm::confirmCancel);
        confirm.setId("cancel-confirm");
        confirm.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Button keep = button(text.bind("deposit.cancel.keep"), "primary", vm::keepSelling);
        keep.setId("cancel-keep");
        Label question = label(vm.cancelQuestionProperty(), "title");
        question.setId("cancel-question");
        VBox confirmation = card(question, actions(keep, confirm));
        confirmation.setId("cancel-confirmation");
        confirmation.visibleProperty().bind(vm.confirmingCancelProperty());
        confirmation.managedProperty().bind(confirmation.visibleProperty());

        QrCodeNode certificate = new QrCodeNode(vm.unprintedCertificateProperty(), 420);
        certificate.setId("certificate-qr");
        certificate.setMaxWidth(Region.USE_PREF_SIZE);
        Label bin = label(vm.binLabelProperty(), "amount");
        bin.setId("bin-number");
        Label countdown = label(vm.countdownProperty(), "title", "countdown");
        countdown.setId("deposit-countdown");
        VBox page = page(
                actions,
                confirmation,
                bin,
                label(vm.instructionProperty(), "title"),
                countdown,
                card(label(vm.doorStatusProperty(), "body"), label(vm.latchStatusProperty(), "body")),
                label(vm.unprintedNoteProperty(), "body"),
                certificate);
        return new ScreenView(page, vm);
    }
}

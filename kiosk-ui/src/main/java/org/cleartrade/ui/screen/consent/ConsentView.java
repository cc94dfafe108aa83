package org.cleartrade.ui.screen.consent;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the consent screen: scope, method and effect, each under its own heading. */
public final class ConsentView {

    private ConsentView() {}

    public static ScreenView create(ConsentViewModel vm, UiText text) {
        Button cancel = button(text.bind("common.cancel"), "secondary", vm::cancel);
        cancel.setId("cancel");
        cancel.getStyleClass().add(ScreenParts.DESTRUCTIVE);
        Button consent = button(text.bind("consent.agree"), "primary", vm::consent);
        consent.setId("consent");
        consent.disableProperty().bind(vm.readyProperty().not());
        return new ScreenView(
                page(
                        actions(cancel, consent),
                        label(vm.phoneProperty(), "body"),
                        card(
                                label(text.bind("consent.scope.heading"), "card-title"),
                                label(vm.scopeProperty(), "body")),
                        card(
                                label(text.bind("consent.method.heading"), "card-title"),
                                label(vm.methodProperty(), "body")),
                        card(
                                label(text.bind("consent.effect.heading"), "card-title"),
                                label(vm.effectProperty(), "body"))),
                vm);
    }
}

package org.cleartrade.ui.screen.language;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the language choice: one button per language, each named in itself. */
public final class LanguageView {

    private LanguageView() {}

    public static ScreenView create(LanguageViewModel vm, UiText text) {
        VBox choices = new VBox(36);
        choices.setAlignment(Pos.CENTER);
        for (Language language : vm.languages()) {
            Button b = button(Bindings.createStringBinding(language::nativeName), "primary", () -> vm.choose(language));
            b.getStyleClass().add("language-choice");
            b.setId("language-" + language.tag());
            choices.getChildren().add(b);
        }
        Button back = button(text.bind("common.back"), "secondary", vm::back);
        back.setId("back");
        return new ScreenView(page(actions(back), label(vm.hintProperty(), "body"), choices), vm);
    }
}

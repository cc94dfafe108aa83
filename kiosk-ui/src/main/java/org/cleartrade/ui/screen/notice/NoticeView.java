package org.cleartrade.ui.screen.notice;

import static org.cleartrade.ui.screen.ScreenParts.actions;
import static org.cleartrade.ui.screen.ScreenParts.button;
import static org.cleartrade.ui.screen.ScreenParts.card;
import static org.cleartrade.ui.screen.ScreenParts.label;
import static org.cleartrade.ui.screen.ScreenParts.page;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.cleartrade.ui.screen.ScreenView;

/** Binds the end-of-journey and wait-for-staff screens. */
public final class NoticeView {

    private NoticeView() {}

    public static ScreenView create(NoticeViewModel vm) {
        Button finish = button(vm.finishLabelProperty(), "primary", vm::finish);
        finish.setId("finish");
        finish.visibleProperty().bind(vm.finishableProperty());
        Label what = label(vm.whatProperty(), "body");
        what.setId("notice-what");
        Label next = label(vm.nextProperty(), "title");
        next.setId("notice-next");
        Label reference = label(vm.referenceProperty(), "muted");
        reference.setId("notice-reference");
        return new ScreenView(page(actions(finish), what, card(next), reference), vm);
    }
}

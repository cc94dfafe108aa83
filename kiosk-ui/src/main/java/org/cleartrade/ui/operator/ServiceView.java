package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;
import static org.cleartrade.ui.operator.OperatorParts.caption;
import static org.cleartrade.ui.operator.OperatorParts.field;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/** Reprint or void by trade id, the technician's self-test, and the record export. */
final class ServiceView {

    private ServiceView() {}

    static VBox create(OperatorViewModel vm) {
        UiText text = vm.text();
        TextField trade = field("service-trade", text.bind("operator.service.tradePrompt"));
        trade.textProperty().bindBidirectional(vm.tradeIdProperty());
        Button reprint = button(text.bind("operator.service.reprint"), "secondary", "service-reprint", vm::reprint);
        Button voidTrade = button(text.bind("operator.service.void"), "danger", "service-void", vm::voidTrade);
        VBox tradeCard = ScreenParts.card(
                caption(text.bind("operator.service.tradeTitle")), trade, ScreenParts.actions(reprint, voidTrade));
        tradeCard.setSpacing(16);

        Button selfTest =
                button(text.bind("operator.service.selfTest"), "secondary", "service-selftest", vm::runSelfTest);
        VBox testCard = ScreenParts.card(
                caption(text.bind("operator.service.selfTestTitle")),
                ScreenParts.actions(selfTest),
                OperatorParts.lines(vm.selfTestResults(), "selftest-line", "selftest-results"));
        testCard.setSpacing(16);
        testCard.visibleProperty().bind(vm.technicianProperty());
        testCard.managedProperty().bind(testCard.visibleProperty());

        TextField from = field("export-from", text.bind("operator.service.datePrompt"));
        from.textProperty().bindBidirectional(vm.exportFromProperty());
        TextField to = field("export-to", text.bind("operator.service.datePrompt"));
        to.textProperty().bindBidirectional(vm.exportToProperty());
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        TextField folder = field("export-folder", text.bind("operator.service.folderPrompt"));
        folder.textProperty().bindBidirectional(vm.exportFolderProperty());
        Button export = button(text.bind("operator.service.export"), "secondary", "service-export", vm::export);
        VBox exportCard = ScreenParts.card(
                caption(text.bind("operator.service.exportTitle")),
                new HBox(20, from, to),
                folder,
                ScreenParts.actions(export));
        exportCard.setSpacing(16);

        Label priceBook = ScreenParts.label(vm.priceBookProperty(), "body");
        priceBook.setId("service-pricebook");
        // A wrapped label inside a card would otherwise be squeezed to one line and cut off.
        priceBook.setMinHeight(Region.USE_PREF_SIZE);
        VBox priceBookCard = ScreenParts.card(caption(text.bind("operator.service.priceBookTitle")), priceBook);
        priceBookCard.setSpacing(16);

        VBox cards = new VBox(24, tradeCard, priceBookCard, testCard, exportCard);
        cards.setId("service-cards");
        VBox page = ScreenParts.page(
                ScreenParts.actions(
                        button(text.bind("operator.service.back"), "primary", "service-back", vm::showBins)),
                cards);
        // A technician's page (self-test results, export) is taller than the screen: the page's own
        // scroll pane takes it, over the whole height; a second one inside would get a strip of it.
        page.getChildren().get(0).setId("service-scroll");
        return page;
    }
}

package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;
import static org.cleartrade.ui.operator.OperatorParts.field;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * One open bin: the phone expected in it (serial, and IMEI when the kiosk read one); the scan field
 * takes the wedge scanner's IMEI or serial and Enter (or typed characters and the button); each scan's result is listed newest first; close and lock verifies the bin.
 */
final class RestockView {

    private RestockView() {}

    /** The phone that should be in the bin, so staff compare its serial before they scan. */
    private static javafx.scene.control.Label expected(OperatorViewModel vm) {
        javafx.scene.control.Label expected = ScreenParts.label(vm.expectedPhoneProperty(), "bin-heading");
        expected.setId("restock-expected");
        expected.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        expected.visibleProperty().bind(vm.expectedPhoneProperty().isNotEmpty());
        expected.managedProperty().bind(expected.visibleProperty());
        return expected;
    }

    static VBox create(OperatorViewModel vm) {
        UiText text = vm.text();
        TextField scan = field("scan-input", text.bind("operator.restock.scanPrompt"));
        scan.textProperty().bindBidirectional(vm.scanInputProperty());
        scan.setOnAction(e -> vm.scan());
        HBox.setHgrow(scan, Priority.ALWAYS);
        Button record = button(text.bind("operator.restock.record"), "secondary", "scan-submit", vm::scan);
        record.setMaxWidth(360);
        HBox entry = new HBox(20, scan, record);
        Button close = button(text.bind("operator.restock.close"), "primary", "close-bin", vm::closeBin);
        close.disableProperty().bind(vm.busyProperty());
        VBox page = ScreenParts.page(
                ScreenParts.actions(close),
                ScreenParts.label(vm.openBinProperty(), "bin-heading"),
                ScreenParts.label(text.bind("operator.restock.howTo"), "body"),
                expected(vm),
                entry,
                OperatorParts.caption(text.bind("operator.restock.results")),
                OperatorParts.lines(vm.scanLog(), "scan-result", "scan-log"));
        // The scanner types into whatever has focus: keep it on the scan field whenever the bin opens.
        page.visibleProperty().addListener((o, before, now) -> {
            if (now) {
                scan.requestFocus();
            }
        });
        return page;
    }
}

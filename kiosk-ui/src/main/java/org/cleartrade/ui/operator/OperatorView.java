package org.cleartrade.ui.operator;

import static org.cleartrade.ui.operator.OperatorParts.button;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenParts;

/**
 * The staff screen in the kiosk's 1080x1920 frame: a header (who is signed in, bins, service, sign
 * out), the page title and the last action's result, then the current page. Built once; pages are
 * switched by visibility. Only binds and delegates.
 */
public final class OperatorView extends VBox {

    private final Map<OperatorPage, Node> pages = new EnumMap<>(OperatorPage.class);
    private final OperatorViewModel vm;

    public OperatorView(OperatorViewModel vm) {
        this.vm = vm;
        UiText text = vm.text();
        getStyleClass().addAll("kiosk-screen", "operator-screen");
        setId("operator-screen");
        getStylesheets()
                .add(Objects.requireNonNull(OperatorView.class.getResource("/org/cleartrade/ui/operator/operator.css"))
                        .toExternalForm());

        Label title = new Label();
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setId("operator-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text.get(
                                "operator.page." + vm.pageProperty().get().name()),
                        vm.pageProperty(),
                        text.languageProperty()));
        Label notice = ScreenParts.label(vm.noticeProperty(), "notice", "body");
        notice.setId("operator-notice");
        // A long notice wraps instead of being cut, however tall the page below it is.
        notice.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        vm.noticeIsProblemProperty().addListener((o, before, now) -> problem(notice, now));
        problem(notice, vm.noticeIsProblemProperty().get());
        VBox heading = new VBox(16, title, notice);
        heading.getStyleClass().add("content");

        pages.put(OperatorPage.PIN, PinPadView.create(vm));
        pages.put(OperatorPage.BINS, BinsView.create(vm));
        pages.put(OperatorPage.RESTOCK, RestockView.create(vm));
        pages.put(OperatorPage.FINISH, FinishView.create(vm));
        pages.put(OperatorPage.SERVICE, ServiceView.create(vm));
        StackPane content = new StackPane();
        content.getChildren().setAll(pages.values());
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(header(vm, text), heading, content);
        vm.pageProperty().addListener((o, before, now) -> show(now));
        vm.idKeyboardProperty().addListener((o, before, now) -> focusPage());
        sceneProperty().addListener((o, before, now) -> focusPage());
        show(vm.pageProperty().get());
    }

    /**
     * Two rows, as on the seller screen, so no word is ever cut: who is signed in, then the page
     * buttons sharing the width (Spanish at large text does not fit them beside the name).
     */
    private static VBox header(OperatorViewModel vm, UiText text) {
        Label brand = new Label("ClearTrade");
        brand.getStyleClass().add("brand");
        brand.setMinWidth(Region.USE_PREF_SIZE);
        Label staff = ScreenParts.label(text.bind("operator.header.staff"), "operator-badge");
        staff.setMaxWidth(Region.USE_PREF_SIZE);
        staff.setMinWidth(Region.USE_PREF_SIZE);
        staff.setWrapText(false);
        Label who = ScreenParts.label(vm.signedInAsProperty(), "operator-who");
        who.setId("operator-who");
        who.setMaxWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, brand, staff, spacer, who);
        top.getStyleClass().add("operator-header-row");
        top.setAlignment(Pos.CENTER_LEFT);
        Button bins = headerButton(button(text.bind("operator.header.bins"), "secondary", "header-bins", vm::showBins));
        Button service = headerButton(
                button(text.bind("operator.header.service"), "secondary", "header-service", vm::showService));
        Button signOut =
                headerButton(button(text.bind("operator.signOut"), "secondary", "header-signout", vm::signOut));
        HBox pages = new HBox(16, bins, service, signOut);
        pages.getStyleClass().add("operator-header-row");
        pages.visibleProperty().bind(vm.signedInAsProperty().isNotEmpty());
        pages.managedProperty().bind(pages.visibleProperty());
        VBox header = new VBox(12, top, pages);
        header.getStyleClass().addAll("header", "operator-header");
        return header;
    }

    private static Button headerButton(Button b) {
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.getStyleClass().add("operator-header-button");
        return b;
    }

    private static void problem(Label notice, boolean problem) {
        notice.getStyleClass().removeAll("operator-problem", "operator-ok");
        notice.getStyleClass().add(problem ? "operator-problem" : "operator-ok");
    }

    private void show(OperatorPage page) {
        pages.forEach((p, node) -> {
            node.setVisible(p == page);
            node.setManaged(p == page);
        });
        focusPage();
    }

    /**
     * Puts the keyboard focus where staff type next: on the PIN pad's sign-in once the id is known
     * (a badge was read), so typed digits go to the PIN and Enter signs in; on the first open
     * alert, so Enter alone never pays a seller the alert says to check first; else on the page's
     * first field or main button. Also when the staff screen enters the window, since a badge read
     * on a kiosk already at the PIN page does not change the page.
     */
    private void focusPage() {
        if (getScene() == null) {
            return;
        }
        OperatorPage page = vm.pageProperty().get();
        Node shown = pages.get(page);
        shown.applyCss();
        String id = vm.operatorIdProperty().get();
        boolean idKnown = page == OperatorPage.PIN
                && id != null
                && !id.isBlank()
                && !vm.idKeyboardProperty().get();
        Node first = idKnown ? shown.lookup("#pin-signin") : shown.lookup(".alert-card");
        if (first == null) {
            first = shown.lookup(".text-field");
        }
        if (first == null) {
            first = shown.lookup(".primary");
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    /** The node of one page, for tests and screenshots. */
    Node page(OperatorPage page) {
        return pages.get(page);
    }
}

package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cleartrade.ui.layout.LayoutAudit.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The layout audit finds each kind of problem it promises to find, and nothing on a sound screen. */
class LayoutAuditTest {

    private final FxRobot robot = new FxRobot();

    /** The controls below are built before a stage is shown: the toolkit must already run. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<Finding> audit(String css, javafx.scene.Node... nodes) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        @SuppressWarnings("unchecked")
        List<Finding>[] found = new List[1];
        robot.interact(() -> {
            VBox screen = new VBox(nodes);
            screen.setStyle("-fx-background-color: white; -fx-font-size: 16px;" + css);
            screen.setPrefSize(400, 300);
            screen.setMaxSize(400, 300);
            stage.setScene(new Scene(new VBox(screen), 400, 300));
            stage.show();
            found[0] = LayoutAudit.check(screen);
        });
        return found[0];
    }

    private static Button target(String text) {
        Button b = new Button(text);
        b.setMinSize(120, 100);
        b.setStyle("-fx-background-color: white; -fx-text-fill: black;");
        return b;
    }

    @Test
    void aSoundScreenHasNoFindings() throws Exception {
        Label l = new Label("Short");
        l.setStyle("-fx-text-fill: black;");
        assertThat(audit("", l, target("OK"))).isEmpty();
    }

    @Test
    void aLabelCutWithAnEllipsisIsFound() throws Exception {
        Label l = new Label("An account is still signed in on this phone, so it cannot be erased");
        l.setStyle("-fx-text-fill: black;");
        l.setMaxWidth(200);
        assertThat(audit("", l)).extracting(Finding::rule).containsExactly("CUT");
    }

    @Test
    void aButtonUnder96PixelsIsFound() throws Exception {
        Button small = new Button("Go");
        small.setStyle("-fx-background-color: white; -fx-text-fill: black;");
        assertThat(audit("", small)).extracting(Finding::rule).containsExactly("SMALL");
    }

    @Test
    void aWrappingButtonWithLeftAlignedLinesIsFound() throws Exception {
        Button wrapping = target("Take my phone back");
        wrapping.setWrapText(true);
        assertThat(audit("", wrapping)).extracting(Finding::rule).containsExactly("OFF-CENTRE");
        wrapping.setStyle(wrapping.getStyle() + "-fx-text-alignment: center;");
        assertThat(audit("", wrapping)).isEmpty();
    }

    @Test
    void aButtonBelowTheScreenIsFound() throws Exception {
        Button last = target("Last");
        last.setTranslateY(400);
        assertThat(audit("", last)).extracting(Finding::rule).containsExactly("OUTSIDE");
    }

    @Test
    void aLongTextInsideATextFieldScrollsThereAndIsNotOutside() throws Exception {
        javafx.scene.control.TextField folder = new javafx.scene.control.TextField(
                "/var/lib/cleartrade/exports/a-folder-name-far-too-long-for-the-field/2026");
        folder.setMinSize(120, 100);
        folder.setMaxWidth(200);
        folder.setStyle("-fx-background-color: white; -fx-text-fill: black;");
        assertThat(audit("", folder)).isEmpty();
    }

    @Test
    void greyTextOnWhiteBelowFourAndAHalfIsFound() throws Exception {
        Label grey = new Label("Small grey text");
        grey.setStyle("-fx-text-fill: #999999;");
        assertThat(audit("", grey)).extracting(Finding::rule).containsExactly("CONTRAST");
    }

    @Test
    void largeTextNeedsOnlyThreeToOne() throws Exception {
        Label big = new Label("Big");
        // #888888 on white is 3.54:1: too little for 16 px text, enough at 24 px.
        big.setStyle("-fx-text-fill: #888888; -fx-font-size: 24px;");
        assertThat(audit("", big)).isEmpty();
    }

    @Test
    void contrastIsWorkedOutFromTheWcagFormula() {
        assertThat(Contrast.ratio(javafx.scene.paint.Color.BLACK, javafx.scene.paint.Color.WHITE))
                .isEqualTo(21.0);
        assertThat(Contrast.ratio(javafx.scene.paint.Color.web("#767676"), javafx.scene.paint.Color.WHITE))
                .isBetween(4.5, 4.6);
    }
}

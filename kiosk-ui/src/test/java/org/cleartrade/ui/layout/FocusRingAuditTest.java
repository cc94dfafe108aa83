package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cleartrade.ui.layout.LayoutAudit.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The focus-ring audit passes a ring that shows at 3:1 and fails one that does not. */
class FocusRingAuditTest {

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<Finding> audit(String focusedBorder) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        @SuppressWarnings("unchecked")
        List<Finding>[] found = new List[1];
        robot.interact(() -> {
            Button b = new Button("Next");
            b.getStyleClass().add("probe");
            VBox screen = new VBox(b);
            Scene scene = new Scene(screen, 300, 200);
            scene.getStylesheets()
                    .add("data:text/css,"
                            + (".root{-fx-background-color:white;}"
                                            + ".probe{-fx-background-color:white;-fx-border-color:black;-fx-border-width:3px;}"
                                            + ".probe:focused{"
                                            + focusedBorder
                                            + "}")
                                    .replace(" ", "%20")
                                    .replace("#", "%23"));
            stage.setScene(scene);
            stage.show();
            stage.requestFocus();
            found[0] = FocusRingAudit.check(screen);
        });
        return found[0];
    }

    @Test
    void aDarkRingOnWhiteShows() throws Exception {
        assertThat(audit("-fx-border-color: #0d1117, #ffb000; -fx-border-width: 5px, 5px; -fx-border-insets: 0, 5px;"))
                .isEmpty();
    }

    @Test
    void anAmberRingOnWhiteIsTooFaint() throws Exception {
        assertThat(audit("-fx-border-color: #ffb000; -fx-border-width: 6px;"))
                .extracting(Finding::rule)
                .containsExactly("FOCUS-RING");
    }

    @Test
    void noChangeOnFocusIsNoRing() throws Exception {
        assertThat(audit("")).extracting(Finding::rule).containsExactly("FOCUS-RING");
    }
}

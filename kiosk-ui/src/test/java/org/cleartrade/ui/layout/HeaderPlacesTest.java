package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScaledScreen;
import org.cleartrade.ui.testing.RecordingSpeech;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every header control keeps its place whatever language the screen speaks: a seller who found
 * "Read aloud" once finds it in the same spot after choosing another language.
 */
class HeaderPlacesTest {

    private static final String[] CONTROLS = {
        "#large-text", "#speech", "#header-language-en", "#header-language-es", "#header-language-zh-CN"
    };

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private SimulatedKiosk kiosk;

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theHeaderControlsStayPutInEveryLanguage() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = new SimulatedKiosk(data, "EU", java.time.ZoneId.of("Europe/Madrid")).start();
        Map<Language, Map<String, Bounds>> places = new LinkedHashMap<>();
        robot.interact(() -> {
            KioskScene scene = ScreenFitTest.scene(kiosk, false, new RecordingSpeech());
            stage.setScene(scene.scene());
            stage.setWidth(ScaledScreen.WIDTH);
            stage.setHeight(ScaledScreen.HEIGHT);
            stage.show();
            for (Language language : Language.values()) {
                scene.shell().chooseLanguage(language);
                scene.scene().getRoot().applyCss();
                scene.scene().getRoot().layout();
                Map<String, Bounds> where = new LinkedHashMap<>();
                for (String id : CONTROLS) {
                    Node control = scene.screen().lookup(id);
                    assertThat(control).as(id).isNotNull();
                    where.put(id, control.localToScene(control.getLayoutBounds()));
                }
                places.put(language, where);
            }
        });

        Map<String, Bounds> english = places.get(Language.ENGLISH);
        assertThat(places.values()).allSatisfy(where -> assertThat(where).isEqualTo(english));
    }
}

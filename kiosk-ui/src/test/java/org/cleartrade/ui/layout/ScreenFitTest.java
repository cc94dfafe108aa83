package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScaledScreen;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.speech.SpeechOutput;
import org.cleartrade.ui.testing.RecordingSpeech;
import org.cleartrade.ui.tour.ScreenshotTour;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every seller screen the screenshot tour reaches, in each language, at normal and large text and
 * with and without the "Read aloud" toggle in the header, at the kiosk's own 1080x1920: no text
 * cut, no target under 96 px, nothing outside the screen, text contrast and focus rings at WCAG
 * 2.2 AA. The findings of each run are also written to {@code target/screen-fit/}.
 */
class ScreenFitTest {

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private ScreenshotTour tour;

    @BeforeAll
    static void chineseFont() {
        CjkFontLoader.load(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (tour != null) {
            tour.close();
        }
    }

    @ParameterizedTest(name = "{0}, large text {1}, speech {2}")
    @CsvSource({
        "en, false, true",
        "en, true, true",
        "zh-CN, false, true",
        "zh-CN, true, true",
        "es, false, true",
        "es, true, true",
        "en, false, false",
        "es, true, false"
    })
    void everyScreenFitsItsTextTargetsAndContrast(String tag, boolean largeText, boolean speech) throws Exception {
        Language language = Language.fromTag(tag).orElseThrow();
        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> findings = new ArrayList<>();
        List<String> screens = new ArrayList<>();
        robot.interact(() -> {
            stage.setWidth(ScaledScreen.WIDTH);
            stage.setHeight(ScaledScreen.HEIGHT);
            stage.show();
            tour = new ScreenshotTour(
                    data,
                    stage,
                    language,
                    kiosk -> scene(kiosk, largeText, speech ? new RecordingSpeech() : new SilentSpeech()),
                    (name, scene) -> {
                        screens.add(name);
                        stage.requestFocus();
                        LayoutAudit.check(scene.screen()).forEach(f -> findings.add(name + " " + f));
                        FocusRingAudit.check(scene.screen()).forEach(f -> findings.add(name + " " + f));
                    });
            tour.run();
        });
        report(tag, largeText, speech, findings);

        assertThat(screens).hasSizeGreaterThan(25);
        assertThat(findings)
                .as("layout findings over %d screens", screens.size())
                .isEmpty();
    }

    /** The kiosk scene the layout checks look at; also {@link HeaderPlacesTest}'s. */
    static KioskScene scene(SimulatedKiosk kiosk, boolean largeText, SpeechOutput speech) {
        return new KioskScene(new KioskScene.Inputs(
                kiosk.sessions(),
                new CurrentThreadTaskExecutor(),
                InputClock.NONE,
                new OfferedLanguages(kiosk.profile().languages()),
                Language.ENGLISH,
                kiosk.clock(),
                kiosk.clock(),
                VerificationLink.none(),
                speech,
                largeText,
                false,
                () -> kiosk.sessions().finish()));
    }

    private static void report(String tag, boolean largeText, boolean speech, List<String> findings)
            throws IOException {
        Path dir = Path.of("target", "screen-fit");
        Files.createDirectories(dir);
        String name = String.format(
                Locale.ROOT, "%s-%s-%s.txt", tag, largeText ? "large" : "normal", speech ? "speech" : "silent");
        Files.write(dir.resolve(name), findings);
    }
}

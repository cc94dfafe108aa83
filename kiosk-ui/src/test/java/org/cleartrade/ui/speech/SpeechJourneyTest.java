package org.cleartrade.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.testing.RecordingSpeech;
import org.cleartrade.ui.tour.JourneyDriver;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A seller who cannot see the screen turns on "Read aloud" and trades: every screen is said with
 * its title, prompt and answers, one after the other and never cut short, amounts in words; the
 * next seller starts with speech and large text as the kiosk is configured. The journey's
 * utterances are written to {@code target/speech-journey.txt}.
 */
class SpeechJourneyTest {

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private final RecordingSpeech speech = new RecordingSpeech();
    private SimulatedKiosk kiosk;
    private KioskScene scene;
    private JourneyDriver drive;

    private void open(String jurisdiction) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = new SimulatedKiosk(data, jurisdiction, ZoneId.of("Europe/Madrid")).start();
        robot.interact(() -> {
            scene = new KioskScene(new KioskScene.Inputs(
                    kiosk.sessions(),
                    new CurrentThreadTaskExecutor(),
                    InputClock.NONE,
                    new OfferedLanguages(kiosk.profile().languages()),
                    Language.ENGLISH,
                    kiosk.clock(),
                    kiosk.clock(),
                    VerificationLink.none(),
                    speech,
                    false,
                    false,
                    () -> kiosk.sessions().finish()));
            stage.setScene(scene.scene());
            stage.setWidth(540);
            stage.setHeight(960);
            stage.show();
            drive = new JourneyDriver(kiosk, scene);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void step(Runnable r) {
        robot.interact(r);
    }

    private void trade(Language language) {
        step(() -> drive.tap("speech").tap("start").tap("language-" + language.tag()));
        step(() -> drive.toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION));
        step(() -> drive.answerCondition(0, 1, 0, 0).until(Phase.OFFER).tap("accept"));
        step(() -> drive.tap("consent").until(Phase.DEPOSIT).openDoor().putPhoneInAndClose());
        step(() -> drive.until(Phase.COMPLETED));
    }

    @Test
    void aTradeIsSaidScreenByScreenWithItsAnswersAndNothingCutShort() throws Exception {
        open("EU");
        trade(Language.ENGLISH);
        List<String> said = speech.texts();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/speech-journey.txt"), said);

        assertThat(speech.stops())
                .as("nothing said was cut off during the trade")
                .isZero();
        assertThat(said)
                .as("the attract screen, its answer, and the language screen's answers")
                .contains("Your choices: English, Español, 简体中文, Back");
        assertThat(said).contains("About your phone's condition. Does the phone turn on and work normally?");
        assertThat(said).contains("Your choices: Yes, it works, No, it has problems, Cancel");
        int offer = indexOf(said, "Our offer for your phone 216 euros.");
        assertThat(offer).as("the offer, its amount in words").isNotNegative();
        assertThat(said.get(offer + 1))
                .as("the screen's answers follow its prompt")
                .isEqualTo("Your choices: No thanks, Accept the offer");
        assertThat(said).contains("Your payout voucher 216 euros Printing your voucher… ");
        assertThat(said).contains("I agree: erase my phone");
    }

    private static int indexOf(List<String> said, String start) {
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theNextSellerStartsWithSpeechAndLargeTextOffAsConfigured() throws Exception {
        open("EU");
        step(() -> drive.tap("large-text"));
        trade(Language.SPANISH);
        assertThat(scene.shell().largeTextProperty().get()).isTrue();
        assertThat(scene.shell().speechOnProperty().get()).isTrue();

        step(() -> drive.tap("finish"));

        assertThat(scene.shell().largeTextProperty().get()).isFalse();
        assertThat(scene.shell().speechOnProperty().get()).isFalse();
        assertThat(speech.stops()).as("the last seller's words stop with them").isPositive();
        assertThat(scene.scene().getRoot().getStyleClass()).doesNotContain("large-text");
    }

    @Test
    void theKeypadFocusIsSaidByName() throws Exception {
        open("EU");
        step(() -> drive.tap("speech").tap("start").tap("language-en"));
        speech.clear();
        step(() -> scene.screen().lookup("#cancel").requestFocus());

        assertThat(speech.texts()).containsExactly("Cancel");
    }

    @Test
    void eachShowMeHowOnTheChecklistIsSaidWithTheStepItOpens() throws Exception {
        open("EU");
        step(() -> drive.tap("speech").tap("start").tap("language-en"));

        String choices = speech.texts().stream()
                .filter(t -> t.contains("I'm ready: connect my phone"))
                .findFirst()
                .orElseThrow();
        assertThat(choices).contains("Show me how: Back up your photos and contacts");
        assertThat(choices).doesNotContain("Show me how, Show me how");

        speech.clear();
        step(() -> scene.screen().lookup("#how-button-BACKUP").requestFocus());
        assertThat(speech.texts()).containsExactly("Show me how: Back up your photos and contacts");
    }

    @Test
    void eachLanguageIsSaidInItsOwnVoice() throws Exception {
        open("EU");
        step(() -> drive.tap("speech").tap("start").tap("language-zh-CN"));

        List<Language> voices = new ArrayList<>();
        speech.said().stream().skip(speech.said().size() - 1).forEach(s -> voices.add(s.language()));
        assertThat(voices).containsExactly(Language.CHINESE);
    }
}

package org.cleartrade.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.language.LanguageViewModel;
import org.cleartrade.ui.speech.SpeechOutput;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final UiFixture ui = UiFixture.illinois();
    private final RecordingSpeech speech = new RecordingSpeech();
    private final ShellViewModel shell = new ShellViewModel(ui.session(), ui.text(), speech, false, false);

    static final class RecordingSpeech implements SpeechOutput {
        final java.util.List<String> said = new java.util.ArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void say(String text, Language language) {
            said.add(language.tag() + ":" + text);
        }

        @Override
        public void stop() {}
    }

    @Test
    void opensTheLanguageScreenFromAttractAndStartsTheSessionFromIt() {
        assertThat(shell.screenProperty().get()).isEqualTo(ScreenId.ATTRACT);
        shell.openLanguageScreen();
        assertThat(shell.screenProperty().get()).isEqualTo(ScreenId.LANGUAGE);

        new LanguageViewModel(ui.session(), ui.text(), shell::closeLanguageScreen).choose(Language.SPANISH);

        assertThat(ui.machine().sent())
                .containsExactly(new SessionEvent.LanguageChosen("es"), new SessionEvent.Start());
        assertThat(shell.screenProperty().get()).isEqualTo(ScreenId.CHECKLIST);
        assertThat(shell.stepLabelProperty().get()).isEqualTo("Paso 2 de 9: Preparación");
    }

    @Test
    void theIdCheckNamesItsOwnStepInsteadOfTheOffer() {
        ui.machine().toOffer().send(new SessionEvent.Accept());

        assertThat(shell.screenProperty().get()).isEqualTo(ScreenId.IDENTITY);
        assertThat(shell.stepLabelProperty().get()).isEqualTo("Step 6 of 9: ID check");
    }

    @Test
    void greetsTheSellerInTheKiosksConfiguredLanguageRatherThanTheJurisdictionsDefault() {
        UiText spanish = new UiText(
                Language.SPANISH, ZoneId.of("America/Chicago"), ui.text().offered());

        ShellViewModel configured = new ShellViewModel(ui.session(), spanish, speech, false, false);

        assertThat(ui.session().snapshot().language()).isEqualTo("en");
        assertThat(spanish.language()).isEqualTo(Language.SPANISH);
        assertThat(configured.screenProperty().get()).isEqualTo(ScreenId.ATTRACT);
        assertThat(ui.machine().sent()).as("the seller has chosen nothing yet").isEmpty();
    }

    @Test
    void aSessionResumedPastTheWelcomeKeepsItsSellersLanguage() {
        ui.machine().toChecklist();
        UiText spanish = new UiText(
                Language.SPANISH, ZoneId.of("America/Chicago"), ui.text().offered());

        new ShellViewModel(ui.session(), spanish, speech, false, false);

        assertThat(spanish.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void sendsTheJurisdictionsOwnTagForChinese() {
        ui.machine().toChecklist();

        shell.chooseLanguage(Language.CHINESE);

        assertThat(ui.machine().sent()).last().isEqualTo(new SessionEvent.LanguageChosen("zh-Hans"));
        assertThat(ui.session().snapshot().language()).isEqualTo("zh-Hans");
        assertThat(shell.stepLabelProperty().get()).isEqualTo("第 2 步，共 9 步：准备");
    }

    @Test
    void switchesTheScreenLanguageWithoutTellingAFinishedSession() {
        ui.machine().toChecklist().apply(new SessionEvent.Cancel());
        int before = ui.machine().sent().size();

        shell.chooseLanguage(Language.SPANISH);

        assertThat(ui.text().language()).isEqualTo(Language.SPANISH);
        assertThat(ui.machine().sent()).hasSize(before);
        assertThat(shell.screenProperty().get()).isEqualTo(ScreenId.GOODBYE);
    }

    @Test
    void speaksPromptsOnlyOnceTheSellerTurnsSpeechOn() {
        shell.prompt("hello");
        assertThat(speech.said).isEmpty();

        shell.toggleSpeech();
        shell.prompt("hello");

        assertThat(speech.said).containsExactly("en:hello");
    }

    @Test
    void togglesLargeText() {
        shell.toggleLargeText();
        assertThat(shell.largeTextProperty().get()).isTrue();
        shell.toggleLargeText();
        assertThat(shell.largeTextProperty().get()).isFalse();
    }
}

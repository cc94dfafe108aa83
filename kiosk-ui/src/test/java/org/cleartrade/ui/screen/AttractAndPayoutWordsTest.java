package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.attract.AttractViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class AttractAndPayoutWordsTest {

    private final UiFixture ui = UiFixture.illinois();

    @Test
    void theAttractScreenGreetsInEveryOfferedLanguageAndItsButtonsNeverChangeTheirWords() {
        AttractViewModel vm = new AttractViewModel(ui.session(), ui.text(), () -> {});
        List<AttractViewModel.Greeting> before = vm.greetings();
        assertThat(before)
                .extracting(AttractViewModel.Greeting::language)
                .containsExactlyElementsOf(ui.text().offered().languages());
        assertThat(before)
                .extracting(AttractViewModel.Greeting::start)
                .contains("English · Start", "Español · Empezar");
        assertThat(before)
                .extracting(AttractViewModel.Greeting::title)
                .contains(ui.text().getIn(Language.SPANISH, "attract.title"));

        ui.text().switchTo(Language.SPANISH);

        assertThat(vm.greetings()).isEqualTo(before);
    }

    @Test
    void aLanguageButtonStartsTheSessionInThatLanguage() {
        AttractViewModel vm = new AttractViewModel(ui.session(), ui.text(), () -> {});

        vm.startIn(Language.SPANISH);

        assertThat(ui.text().language()).isEqualTo(Language.SPANISH);
        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.Start.class);
        assertThat(ui.session().snapshot().phase()).isNotEqualTo(Phase.ATTRACT);
        assertThat(ui.session().snapshot().language()).isEqualTo("es");
    }
}

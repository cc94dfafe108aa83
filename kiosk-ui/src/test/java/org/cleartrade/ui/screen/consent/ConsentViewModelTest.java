package org.cleartrade.ui.screen.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class ConsentViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    private ConsentViewModel atConsentIn(Language language) {
        ui.machine()
                .toOffer()
                .apply(new SessionEvent.Accept())
                .apply(new SessionEvent.GatePassed(2))
                .apply(new SessionEvent.IdScanned(Map.of(
                        "familyName", "Roe",
                        "givenNames", "Sam",
                        "birthDate", "1988-02-29",
                        "documentNumber", "S5550123",
                        "address", "2 Elm St",
                        "expiry", "2030-01-31")));
        ui.text().switchTo(language);
        ui.session().send(new SessionEvent.LanguageChosen(language.tag()));
        assertThat(ui.machine().current().phase()).isEqualTo(Phase.CONSENT);
        return new ConsentViewModel(ui.session(), ui.text());
    }

    @Test
    void agreeingSendsTheTextOnScreenInTheLanguageItWasShownIn() {
        ConsentViewModel vm = atConsentIn(Language.SPANISH);

        vm.consent();

        SessionEvent.ConsentGiven given = (SessionEvent.ConsentGiven)
                ui.machine().sent().get(ui.machine().sent().size() - 1);
        assertThat(given.language()).isEqualTo("es");
        assertThat(given.textVersion()).isEqualTo(ConsentText.VERSION);
        assertThat(given.text())
                .contains(vm.titleProperty().get())
                .contains(vm.scopeProperty().get())
                .contains(vm.methodProperty().get().split("\n")[0])
                .contains(vm.effectProperty().get());
    }

    @Test
    void switchingLanguageAfterAgreeingLeavesTheRecordedConsentAsItWasShown() {
        ConsentViewModel vm = atConsentIn(Language.SPANISH);
        String shown = ConsentText.shown(ui.machine().current());

        vm.consent();
        ui.session().send(new SessionEvent.LanguageChosen("zh-Hans"));

        ConsentRecord pinned =
                ui.machine().current().trade().erasure().consent().orElseThrow();
        assertThat(pinned.language()).isEqualTo("es");
        assertThat(pinned.textSha256()).isEqualTo(ConsentRecord.sha256Hex(shown));
        assertThat(ConsentText.shown(ui.machine().current())).isNotEqualTo(shown);
    }
}

package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.quote.BreakdownLine;
import org.cleartrade.ui.screen.quote.QuoteViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class QuoteViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    @Test
    void showsTheOfferWithItsBreakdownAndValidity() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text());

        assertThat(vm.pricingProperty().get()).isFalse();
        assertThat(vm.amountProperty().get()).startsWith("$");
        assertThat(vm.phoneProperty().get()).contains("moto g");
        assertThat(vm.breakdownProperty().get())
                .extracting(BreakdownLine::label)
                .contains("Price for this model", "Scratched screen");
        assertThat(vm.breakdownProperty().get()).last().satisfies(l -> {
            assertThat(l.total()).isTrue();
            assertThat(l.amount()).isEqualTo(vm.amountProperty().get());
        });
        assertThat(vm.validityProperty().get()).startsWith("This offer holds until");
    }

    @Test
    void saysItIsWorkingWhileThePriceIsComing() {
        ui.machine().toCondition();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text());

        assertThat(vm.pricingProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Working out your offer…");
    }

    @Test
    void formatsTheAmountForSpanishReaders() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text());

        ui.text().switchTo(Language.SPANISH);

        assertThat(vm.titleProperty().get()).isEqualTo("Nuestra oferta por su teléfono");
        assertThat(vm.amountProperty().get()).contains("US$").contains(",");
    }

    @Test
    void acceptAndDeclineGoToTheSession() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text());

        vm.decline();

        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.Decline.class);
    }
}

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
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED);

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
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED);

        assertThat(vm.pricingProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Working out your offer…");
    }

    @Test
    void formatsTheAmountForSpanishReaders() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED);

        ui.text().switchTo(Language.SPANISH);

        assertThat(vm.titleProperty().get()).isEqualTo("Nuestra oferta por su teléfono");
        assertThat(vm.amountProperty().get()).contains("US$").contains(",");
    }

    @Test
    void acceptAndDeclineGoToTheSession() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED);

        vm.decline();

        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.Decline.class);
    }

    @Test
    void explainsTheGradeInOneLineAndNamesTheCounterThatPays() {
        ui.machine().toOffer();
        QuoteViewModel vm = new QuoteViewModel(
                ui.session(),
                ui.text(),
                new PayoutPlace("Westfield Mall, level 2", java.util.Optional.of("Customer service desk")));

        assertThat(vm.gradeMeaningProperty().get())
                .isEqualTo("Grade B: lightly used, small scratches or a little wear.");
        assertThat(vm.nextStepsProperty().get())
                .contains("prints a voucher")
                .contains("take it to Customer service desk, Westfield Mall, level 2 and you are paid there");
        ui.text().switchTo(Language.CHINESE);
        assertThat(vm.gradeMeaningProperty().get()).startsWith("B 级");
        assertThat(vm.nextStepsProperty().get()).contains("Westfield Mall, level 2Customer service desk");
    }
}

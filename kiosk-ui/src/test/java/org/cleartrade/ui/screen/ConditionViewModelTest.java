package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.screen.condition.ConditionViewModel;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.session.SessionModel;
import org.cleartrade.ui.testing.MachineSeat;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class ConditionViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    @Test
    void asksOneQuestionAtATimeAndSendsTheAnswersTogether() {
        ui.machine().toCondition();
        ConditionViewModel vm = new ConditionViewModel(ui.session(), ui.text());
        assertThat(vm.counterProperty().get()).isEqualTo("Question 1 of 4");
        assertThat(vm.answersProperty().get()).containsExactly("Yes, it works", "No, it has problems");

        vm.answer(0);
        assertThat(vm.questionProperty().get()).isEqualTo("How is the screen?");
        vm.answer(2);
        vm.answer(1);
        assertThat(ui.machine().sent()).noneMatch(e -> e instanceof SessionEvent.ConditionAnswered);
        vm.answer(0);

        assertThat(ui.machine().sent())
                .last()
                .isEqualTo(new SessionEvent.ConditionAnswered(
                        new Condition(true, Condition.Screen.CRACKED, Condition.Body.WORN, false)));
        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.QUOTING);
    }

    @Test
    void goesBackOneQuestionAndForgetsThatAnswer() {
        ui.machine().toCondition();
        ConditionViewModel vm = new ConditionViewModel(ui.session(), ui.text());
        vm.answer(1);
        vm.back();

        assertThat(vm.indexProperty().get()).isZero();
        vm.answer(0);
        vm.answer(0);
        vm.answer(0);
        vm.answer(1);
        assertThat(ui.machine().sent())
                .last()
                .isEqualTo(new SessionEvent.ConditionAnswered(
                        new Condition(true, Condition.Screen.FLAWLESS, Condition.Body.FLAWLESS, true)));
    }

    @Test
    void ignoresATapAfterTheLastAnswer() {
        ui.machine().toCondition();
        ConditionViewModel vm = new ConditionViewModel(ui.session(), ui.text());
        for (int i = 0; i < 4; i++) {
            vm.answer(0);
        }
        vm.answer(0);

        assertThat(ui.machine().sent())
                .filteredOn(e -> e instanceof SessionEvent.ConditionAnswered)
                .hasSize(1);
    }

    @Test
    void theNextSellerStartsAtTheFirstQuestionEvenWhenTheirPhaseStartsAtTheSameStep() {
        MachineSeat seat = new MachineSeat("US-IL");
        SessionModel session = new SessionModel(seat, new CurrentThreadTaskExecutor(), InputClock.NONE);
        ConditionViewModel vm = new ConditionViewModel(session, ui.text());
        seat.seller().toCondition();
        long firstEntry = session.snapshot().phaseEntrySeq();
        for (int i = 0; i < 4; i++) {
            vm.answer(0);
        }
        assertThat(session.snapshot().phase()).isEqualTo(Phase.QUOTING);

        seat.next().toCondition();

        assertThat(session.snapshot().phaseEntrySeq()).isEqualTo(firstEntry);
        assertThat(vm.counterProperty().get()).isEqualTo("Question 1 of 4");
        vm.answer(1);
        assertThat(vm.canGoBack()).isTrue();
        vm.back();
        assertThat(vm.indexProperty().get()).isZero();
        for (int i = 0; i < 4; i++) {
            vm.answer(0);
        }
        assertThat(seat.seller().sent())
                .containsExactly(new SessionEvent.ConditionAnswered(
                        new Condition(true, Condition.Screen.FLAWLESS, Condition.Body.FLAWLESS, false)));
        assertThat(session.snapshot().phase()).isEqualTo(Phase.QUOTING);
    }
}

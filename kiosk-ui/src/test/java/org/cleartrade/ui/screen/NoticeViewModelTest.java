package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.screen.notice.NoticeViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class NoticeViewModelTest {

    private final UiFixture ui = UiFixture.illinois();
    private final AtomicInteger finished = new AtomicInteger();

    @Test
    void afterADeclineSaysWhatHappenedAndToTakeThePhone() {
        ui.machine().toOffer().send(new SessionEvent.Decline());
        NoticeViewModel vm =
                new NoticeViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED, finished::incrementAndGet);

        assertThat(vm.titleProperty().get()).isEqualTo("Please take your phone");
        assertThat(vm.whatProperty().get()).contains("You declined the offer.");
        assertThat(vm.nextProperty().get()).contains("Unplug your phone");
        assertThat(vm.finishableProperty().get()).isFalse();
        vm.finish();
        assertThat(finished).hasValue(0);
    }

    @Test
    void anEndedSessionCanBeFinishedForTheNextSeller() {
        ui.machine().toChecklist().send(new SessionEvent.Cancel());
        NoticeViewModel vm =
                new NoticeViewModel(ui.session(), ui.text(), PayoutPlace.UNNAMED, finished::incrementAndGet);

        assertThat(vm.titleProperty().get()).isEqualTo("Thank you");
        assertThat(vm.referenceProperty().get()).startsWith("Reference: ");
        vm.finish();

        assertThat(finished).hasValue(1);
    }
}

package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.deviceio.dock.DockStatus;
import org.cleartrade.ui.screen.dock.DockViewModel;
import org.cleartrade.ui.screen.refusal.RefusalViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class DockAndRefusalViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    @Test
    void coachesPluggingInThenAllowingUsbDebugging() {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());
        assertThat(vm.instructionProperty().get()).contains("Plug your phone");

        ui.machine().dockSees(DockStatus.State.UNAUTHORIZED);

        assertThat(vm.dockStateProperty().get()).isEqualTo(DockStatus.State.UNAUTHORIZED);
        assertThat(vm.instructionProperty().get()).contains("Allow");
        assertThat(vm.detailProperty().get()).contains("Allow USB debugging?");
    }

    @Test
    void refusesAnFrpLockedPhoneWithAFixAndARetry() {
        ui.machine().toDock().inspected("galaxy-s23-frp");
        RefusalViewModel vm = new RefusalViewModel(ui.session(), ui.text());

        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.REFUSED);
        assertThat(vm.reasonProperty().get()).containsAnyOf("account", "Factory Reset Protection");
        assertThat(vm.fixProperty().get()).contains("Settings");
        assertThat(vm.retryableProperty().get()).isTrue();

        vm.retry();
        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.Retry.class);
    }

    @Test
    void offersNoRetryForARootedPhone() {
        ui.machine().toDock().inspected("oneplus-9-rooted");
        RefusalViewModel vm = new RefusalViewModel(ui.session(), ui.text());

        assertThat(vm.retryableProperty().get()).isFalse();
        assertThat(vm.fixProperty().get()).contains("take your phone back");
    }
}

package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.dock.BrandFamily;
import org.cleartrade.ui.screen.dock.DockViewModel;
import org.cleartrade.ui.screen.refusal.RefusalViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    void anEmptyDockAsksOnlyToPlugThePhoneIn() {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());

        assertThat(vm.instructionProperty().get()).contains("Plug your phone");
        assertThat(vm.coachOfferedProperty().get()).isFalse();
    }

    @Test
    void aPhoneOnUsbThatAdbCannotSeeIsToldUsbDebuggingIsOffAndOfferedTheCoach() {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());

        usbDebuggingOff();

        assertThat(vm.coachOfferedProperty().get()).isTrue();
        assertThat(vm.instructionProperty().get()).contains("plugged in", "USB debugging is off");
        assertThat(vm.instructionProperty().get()).doesNotContain("Plug your phone");

        ui.machine().apply(new SessionEvent.DockChanged(DockStatus.empty()));

        assertThat(vm.coachOfferedProperty().get()).isFalse();
        assertThat(vm.instructionProperty().get()).contains("Plug your phone");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = BrandFamily.class, names = "APPLE", mode = EnumSource.Mode.EXCLUDE)
    void whileUsbDebuggingIsOffEachMakerGetsItsOwnStepsToTurnItOnInEveryLanguage(BrandFamily family) {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());
        usbDebuggingOff();
        assertThat(vm.coachOfferedProperty().get()).isTrue();
        assertThat(vm.coachStepsProperty().get()).isEmpty();

        vm.coach(family);

        assertThat(vm.coachStepsProperty().get()).contains("1.", "USB");
        for (Language language : Language.values()) {
            ui.text().switchTo(language);
            assertThat(vm.coachStepsProperty().get())
                    .as("%s in %s", family, language)
                    .contains("USB");
            assertThat(vm.instructionProperty().get()).as("%s", language).contains("USB");
        }
    }

    @Test
    void xiaomiPhonesAreToldAboutTheSecondSwitchAndTheCoachGoesOnceAPhoneAnswers() {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());
        usbDebuggingOff();
        vm.coach(BrandFamily.XIAOMI);
        assertThat(vm.coachStepsProperty().get()).contains("USB debugging (Security settings)");

        ui.machine().dockSees(DockStatus.State.UNAUTHORIZED);

        assertThat(vm.coachOfferedProperty().get()).isFalse();
        assertThat(vm.coachStepsProperty().get()).isEmpty();
    }

    private void usbDebuggingOff() {
        ui.machine().apply(new SessionEvent.DockChanged(DockStatus.usbDebuggingOff()));
    }

    @Test
    void coachesAnIphoneThroughUnlockAndTrustAndSaysWhatToDoAfterDontTrust() {
        ui.machine().toDock();
        DockViewModel vm = new DockViewModel(ui.session(), ui.text());

        ui.machine()
                .apply(new SessionEvent.DockChanged(new DockStatus(
                        DockStatus.State.UNAUTHORIZED,
                        Optional.empty(),
                        Optional.of(Platform.IPHONE),
                        Optional.empty())));
        assertThat(vm.instructionProperty().get()).contains("iPhone");
        assertThat(vm.detailProperty().get()).doesNotContain("USB debugging");

        iphoneWaits(DockStatus.Prompt.UNLOCK);
        assertThat(vm.instructionProperty().get()).isEqualTo("Unlock your iPhone.");

        iphoneWaits(DockStatus.Prompt.TRUST);
        assertThat(vm.instructionProperty().get()).contains("Trust");
        assertThat(vm.detailProperty().get()).contains("Trust This Computer?", "passcode");

        iphoneWaits(DockStatus.Prompt.TRUST_DECLINED);
        assertThat(vm.instructionProperty().get()).contains("did not trust");
        assertThat(vm.detailProperty().get()).contains("Unplug", "plug it in again");
    }

    @Test
    void refusesAnIphoneWithFindMyOnBeforeTheOfferAndCoachesTurningItOff() {
        ui.machine().toDock().dockSees(DockStatus.State.AUTHORIZED);
        ui.machine()
                .apply(new SessionEvent.Inspected(new InspectionReport(
                        new PhoneIdentity(
                                "Apple",
                                "iPhone15,2",
                                "iPhone 14 Pro",
                                256,
                                "G6TZ8LQ1PN",
                                Optional.of("356789101234560"),
                                Platform.IPHONE.osName(),
                                "17.4",
                                "21E219",
                                Optional.empty()),
                        List.of(new Check(Check.Kind.FIND_MY_OFF, Check.Verdict.FAIL, "Find My is on")),
                        OptionalInt.empty())));
        RefusalViewModel vm = new RefusalViewModel(ui.session(), ui.text());

        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.REFUSED);
        assertThat(ui.session().snapshot().offer().quote()).isEmpty();
        assertThat(vm.reasonProperty().get()).contains("Find My");
        assertThat(vm.fixProperty().get()).contains("Settings", "your name", "Find My", "Check again");
        assertThat(vm.retryableProperty().get()).isTrue();
    }

    private void iphoneWaits(DockStatus.Prompt prompt) {
        ui.machine().apply(new SessionEvent.DockChanged(DockStatus.waiting(Optional.empty(), Platform.IPHONE, prompt)));
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

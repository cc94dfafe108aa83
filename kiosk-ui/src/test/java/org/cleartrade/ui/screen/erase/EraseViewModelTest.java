package org.cleartrade.ui.screen.erase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class EraseViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    private EraseViewModel erasing() {
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
                        "expiry", "2030-01-31")))
                .apply(new SessionEvent.ConsentGiven("erase-consent/test", "en", "We erase everything."));
        assertThat(ui.machine().current().phase()).isEqualTo(Phase.ERASING);
        return new EraseViewModel(ui.session(), ui.text());
    }

    private static List<String> marks(EraseViewModel vm) {
        return vm.stagesProperty().get().stream()
                .map(s -> s.done() ? "done" : s.current() ? "current" : "waiting")
                .toList();
    }

    @Test
    void marksEachStageOfTheEraseAsTheSessionMovesThroughIt() {
        EraseViewModel vm = erasing();
        assertThat(marks(vm)).containsExactly("current", "waiting", "waiting");

        ui.machine()
                .apply(new SessionEvent.EraseAcknowledged(new EraseAcknowledgement(
                        ui.machine().clock().instant(), "Factory reset", "helper", "1.0", "ok")));
        assertThat(marks(vm)).containsExactly("done", "current", "waiting");

        ui.machine()
                .apply(new SessionEvent.EraseChecked(EraseVerification.proven(
                        ui.machine().clock().instant(),
                        "USB re-enumeration",
                        "same serial",
                        VerificationEvidence.USB_REENUMERATED_SAME_SERIAL)));
        assertThat(marks(vm)).containsExactly("done", "done", "current");
    }

    @Test
    void showsEveryStageDoneOnceTheCertificateIsIssued() {
        EraseViewModel vm = erasing();
        ui.machine()
                .apply(new SessionEvent.EraseAcknowledged(new EraseAcknowledgement(
                        ui.machine().clock().instant(), "Factory reset", "helper", "1.0", "ok")))
                .apply(new SessionEvent.EraseChecked(EraseVerification.proven(
                        ui.machine().clock().instant(),
                        "USB re-enumeration",
                        "same serial",
                        VerificationEvidence.USB_REENUMERATED_SAME_SERIAL)))
                .apply(new SessionEvent.CertificateReady("EC-1", "certificate text", "CT1:payload"));

        assertThat(ui.machine().current().phase()).isEqualTo(Phase.PRINTING_CERTIFICATE);
        assertThat(marks(vm)).containsExactly("done", "done", "done");
    }

    @Test
    void showsNoStageDoneWhenTheSessionLeavesTheEraseWithoutACertificate() {
        EraseViewModel vm = erasing();
        ui.machine().apply(new SessionEvent.EraseRefused("the helper refused"));

        assertThat(ui.machine().current().phase()).isEqualTo(Phase.RETURNING_PHONE);
        assertThat(marks(vm)).containsExactly("current", "waiting", "waiting");
    }
}

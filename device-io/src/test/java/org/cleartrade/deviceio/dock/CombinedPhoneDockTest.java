package org.cleartrade.deviceio.dock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.junit.jupiter.api.Test;

/** The kiosk's two docks on one bay: whichever sees the phone answers. */
class CombinedPhoneDockTest {

    @Test
    void theDockThatSeesAPhoneAnswersAndGetsThePhoneCalls() {
        FakeDock android = new FakeDock(DockStatus.empty());
        FakeDock iphone =
                new FakeDock(DockStatus.of(DockStatus.State.AUTHORIZED, Optional.of("F9KQ2X7LMW"), Platform.IPHONE));
        CombinedPhoneDock dock = new CombinedPhoneDock(List.of(android, iphone));

        assertThat(dock.status().platform()).contains(Platform.IPHONE);
        dock.erase();

        assertThat(iphone.erased).isTrue();
        assertThat(android.erased).isFalse();
    }

    @Test
    void aDockThatCannotBeReadCountsAsEmptyWhileAnotherAnswers() {
        FakeDock broken = new FakeDock(null);
        FakeDock android =
                new FakeDock(DockStatus.of(DockStatus.State.AUTHORIZED, Optional.of("3A28"), Platform.ANDROID));
        assertThat(new CombinedPhoneDock(List.of(broken, android)).status().serial())
                .contains("3A28");
        assertThat(new CombinedPhoneDock(List.of(broken, new FakeDock(DockStatus.empty()))).status())
                .isEqualTo(DockStatus.empty());
    }

    @Test
    void anAndroidPhoneWithUsbDebuggingOffIsReportedWhenNoDockCanTalkToAPhone() {
        FakeDock android = new FakeDock(DockStatus.usbDebuggingOff());
        FakeDock iphone = new FakeDock(DockStatus.empty());
        assertThat(new CombinedPhoneDock(List.of(android, iphone)).status().showsUsbDebuggingOff())
                .isTrue();

        FakeDock trusted =
                new FakeDock(DockStatus.of(DockStatus.State.AUTHORIZED, Optional.of("F9KQ2X7LMW"), Platform.IPHONE));
        assertThat(new CombinedPhoneDock(List.of(android, trusted)).status().state())
                .isEqualTo(DockStatus.State.AUTHORIZED);
    }

    @Test
    void whenEveryDockFailsTheStatusFails() {
        assertThatThrownBy(() -> new CombinedPhoneDock(List.of(new FakeDock(null))).status())
                .isInstanceOf(DeviceException.class);
    }

    @Test
    void afterARestartTheVerificationGoesToTheDockThatRemembersTheErase() {
        FakeDock android = new FakeDock(DockStatus.empty());
        FakeDock iphone = new FakeDock(DockStatus.empty());
        iphone.remembered = "F9KQ2X7LMW";

        new CombinedPhoneDock(List.of(android, iphone)).verifyErased("F9KQ2X7LMW", Duration.ofSeconds(1));

        assertThat(iphone.verified).isTrue();
        assertThat(android.verified).isFalse();
    }

    /** A dock with a fixed status; a null status fails like a daemon that is not running. */
    private static final class FakeDock implements PhoneDock {
        private final DockStatus status;
        boolean erased;
        boolean verified;
        String remembered = "";

        FakeDock(DockStatus status) {
            this.status = status;
        }

        @Override
        public DockStatus status() {
            if (status == null) {
                throw new DeviceException("daemon not running");
            }
            return status;
        }

        @Override
        public PhoneIdentity identify() {
            throw new UnsupportedOperationException();
        }

        @Override
        public InspectionReport inspect() {
            throw new UnsupportedOperationException();
        }

        @Override
        public EraseAcknowledgement erase() {
            erased = true;
            return new EraseAcknowledgement(Instant.EPOCH, "m", "t", "1", "e");
        }

        @Override
        public java.util.Optional<String> eraseBlocker() {
            return java.util.Optional.empty();
        }

        @Override
        public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
            verified = true;
            return EraseVerification.failed(Instant.EPOCH, "m", "d");
        }

        @Override
        public boolean remembersErase(String serial) {
            return remembered.equals(serial);
        }
    }
}
